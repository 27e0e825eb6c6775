import type { WebhookVerificationError } from '../errors.js';

/** A handler's answer to the provider, before its adapter writes it out. */
export interface Reply {
  status: number;
  body: Record<string, unknown>;
  /** Seconds for the `Retry-After` header. */
  retryAfter?: number;
}

// Refusals that mean the merchant's setup is wrong, not the delivery: answered 500, so that the provider
// keeps retrying the genuine deliveries until the setup is fixed.
const SETUP_CODES: ReadonlySet<string> = new Set([
  'MISSING_KEY',
  'KEY_IMPORT_FAILED',
  'UNKNOWN_SCHEME',
  'INVALID_OPTIONS',
  'CRYPTO_UNAVAILABLE',
]);

/** `{ error: { code, message } }` with the given status. Messages never hold secrets or a cause's text. */
export function replyFor(error: WebhookVerificationError, status: number, retryAfter?: number): Reply {
  return { status, body: { error: { code: error.code, message: error.message } }, retryAfter };
}

/** The answer to a delivery the verifier refused: 400, or 500 when the handler's setup is at fault. */
export function refusal(error: WebhookVerificationError): Reply {
  return replyFor(error, SETUP_CODES.has(error.code) ? 500 : 400);
}

/** The reply's headers: JSON, and `Retry-After` when it has one. */
export function replyHeaders(reply: Reply): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (reply.retryAfter !== undefined) headers['retry-after'] = String(reply.retryAfter);
  return headers;
}

/** The reply as a Web `Response`. */
export function toResponse(reply: Reply): Response {
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: replyHeaders(reply) });
}
