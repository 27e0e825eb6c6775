// WebCrypto build: Node, Deno, Bun, Cloudflare Workers, Vercel Edge and browsers. No `Buffer`, no node: imports.
// node.ts mirrors this file with the other backend. Each export binds its backend in its own
// top-level function on purpose: a shared factory returning an object would pull signing into every
// `verifyWebhook` bundle and break the 4 KB edge budget (test/bundle.test.ts).
import { webVerifyBackend } from './internal/web-backend.js';
import { webSignBackend } from './internal/web-sign-backend.js';
import { signWith } from './sign.js';
import type { SignedWebhook, SignWebhookOptions } from './types/sign-options.js';
import type {
  SafeVerifyWebhookFunction,
  VerifyRequestFunction,
  VerifyWebhookFunction,
  VerifyWebhookOptions,
} from './types/verify-options.js';
import { safeVerifyWith, verifyRequestWith, verifyWith } from './verify.js';

export * from './shared.js';

/**
 * Verify a webhook delivery and return the parsed, typed event. The default scheme is the gateway's
 * RSA-SHA256 `X-Signature`; pass `scheme` and `secret` for HMAC providers.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook({ payload: rawBody, headers: req.headers, publicKey: process.env.UMMAH_WEBHOOK_PUBLIC_KEY });
 * const charge = await verifyWebhook({ payload, headers, secret, scheme: 'plumaas' });
 * ```
 * @throws WebhookVerificationError with a stable `code` when the delivery is not genuine
 */
export const verifyWebhook: VerifyWebhookFunction = (options) =>
  verifyWith(webVerifyBackend, options as VerifyWebhookOptions) as never;

/**
 * {@link verifyWebhook} without throwing: resolves `{ ok: true, event }` or `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * const result = await safeVerifyWebhook({ payload, headers, publicKey });
 * if (!result.ok) return new Response(result.error.code, { status: 400 });
 * ```
 */
export const safeVerifyWebhook: SafeVerifyWebhookFunction = (options) =>
  safeVerifyWith(webVerifyBackend, options as VerifyWebhookOptions) as never;

/**
 * Verify a fetch `Request` (Deno, Bun, Cloudflare Workers, Next.js route handlers). Reads the body as
 * bytes; do not read it before.
 *
 * @example
 * ```ts
 * export async function POST(request: Request) {
 *   const event = await verifyRequest(request, { publicKey: process.env.UMMAH_WEBHOOK_PUBLIC_KEY! });
 *   return Response.json({ received: true });
 * }
 * ```
 */
export const verifyRequest: VerifyRequestFunction = (request, options) =>
  verifyRequestWith(webVerifyBackend, request, options) as never;

/**
 * Sign a delivery exactly as the provider would, for tests and mock servers.
 *
 * @example
 * ```ts
 * const { body, headers } = await signWebhook({ scheme: 'plumaas', payload: { event: 'charge.succeeded' }, secret });
 * await fetch(url, { method: 'POST', body, headers });
 * ```
 */
export function signWebhook(options: SignWebhookOptions): Promise<SignedWebhook> {
  return signWith(webSignBackend, options);
}
