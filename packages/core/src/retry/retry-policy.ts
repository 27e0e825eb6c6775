import type { HeaderReader } from './retry-after.js';

/** HTTP methods whose repetition cannot duplicate a side effect. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether a request may be sent again at all: idempotent methods always, mutations (POST, PATCH)
 * only when they carry an idempotency key, so the gateway can de-duplicate them. This is what makes
 * "a retry must never charge twice" hold.
 */
export function isReplaySafe(method: string, idempotencyKey: string | undefined): boolean {
  return IDEMPOTENT_METHODS.has(method) || (idempotencyKey !== undefined && idempotencyKey !== '');
}

/**
 * Whether a response status is worth retrying: 408, 429 and 5xx. An explicit `x-should-retry:
 * true|false` from the server overrides the status. 400, 401, 402, 403, 404, 409 (on this gateway:
 * the object's state forbids the operation) and 422 never are. A 402 (payment required: money) is
 * never retried, whatever `x-should-retry` says, and neither is a redirect (3xx).
 */
export function isRetryableResponse(status: number, headers: HeaderReader): boolean {
  if (status === 402 || (status >= 300 && status < 400)) return false;
  const explicit = headers.get('x-should-retry');
  if (explicit === 'true') return true;
  if (explicit === 'false') return false;
  return status === 408 || status === 429 || status >= 500;
}
