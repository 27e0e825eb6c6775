// The one source of both builds. As written it is the WebCrypto build (Deno, Bun, Workers, browsers,
// and Node through `/web`): no `Buffer`, no node: imports. The node:crypto build (node.ts, export
// condition `node`) is this same file compiled again with `./internal/web-backend.js` swapped for
// `./internal/node-backend.js`: scripts/node-build.ts does the swap for tsup and for the tests.
// Each backend-bound export calls its backend in its own top-level function on purpose: a shared
// factory returning an object would pull signing into every `verifyWebhook` bundle and break the
// 4 KB edge budget (test/bundle.test.ts).
import { createWebHandler } from './handler/web-handler.js';
import { signBackend, verifyBackend } from './internal/web-backend.js';
import { signWith } from './sign.js';
import type { SignedWebhook, SignWebhookOptions } from './types/sign-options.js';
import type {
  SafeVerifyWebhookFunction,
  VerifyRequestFunction,
  VerifyWebhookFunction,
  VerifyWebhookOptions,
} from './types/verify-options.js';
import type { CreateWebhookHandlerFunction } from './types/webhook-handler-options.js';
import { safeVerifyWith, verifyRequestWith, verifyWith } from './verify.js';

/** Read the fields an event object's type does not declare: `(purchase as WithUnknownFields<UmmahPurchase>).x`. */
export type { WithUnknownFields } from '@ummah/schema/ummah/types';
export { WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export type {
  OpenString,
  PebblePayEvent,
  PlexosEvent,
  PlexosEventData,
  PlugipayEvent,
  PlugipayEventData,
  PlumaasEvent,
  StandardWebhookEvent,
} from './events/provider-events.js';
export {
  isUmmahEvent,
  type UmmahBillingEventType,
  type UmmahBillingTemplateClient,
  type UmmahCallback,
  type UmmahEnvelope,
  type UmmahEventObject,
  type UmmahEventObjectOf,
  type UmmahEventType,
  type UmmahPayment,
  type UmmahPaymentEventType,
  type UmmahPayout,
  type UmmahPayoutEventType,
  type UmmahProduct,
  type UmmahPurchase,
  type UmmahPurchaseEventType,
  type UmmahPurchaseStatus,
  type UmmahUnknownEvent,
  type UmmahWebhookEvent,
  ummahEventObject,
  ummahEventType,
} from './events/ummah-events.js';
export { createReplayGuard } from './replay-guard.js';
export { createMemoryReplayStore } from './replay-store.js';
export { SchemeWebhooks } from './scheme-webhooks.js';
export {
  HMAC_SCHEMES,
  type HmacSchemeName,
  pebblepay,
  plexos,
  plugipay,
  plumaas,
  type SchemeName,
  standardWebhooks,
} from './schemes/builtin.js';
export {
  defineHmacScheme,
  type HmacScheme,
  type HmacSchemeDefinition,
  type SignatureFormat,
} from './schemes/hmac-scheme.js';
export { generateTestKeyPair, type TestKeyPair } from './test-key-pair.js';
export type { Clock, Tolerance } from './types/clock.js';
export type { HeadersInput, WebhookPayload } from './types/delivery.js';
export type {
  HashName,
  JsonWebKeyInput,
  PrivateKeyInput,
  PublicKeyInput,
  PublicKeySource,
  SecretInput,
  WebCryptoKey,
} from './types/keys.js';
export type { ReplayGuard, ReplayGuardOptions, ReplayStore } from './types/replay-guard-options.js';
export type {
  HmacSignOptions,
  SignablePayload,
  SignedWebhook,
  SignWebhookOptions,
  UmmahSignOptions,
} from './types/sign-options.js';
export type {
  CommonVerifyOptions,
  HmacVerifyOptions,
  NoUnknownOptions,
  SafeVerifyResult,
  SafeVerifyWebhookFunction,
  SchemeVerifyOptions,
  UmmahVerifyOptions,
  VerifyRequestFunction,
  VerifyRequestOptions,
  VerifyWebhookFunction,
  VerifyWebhookOptions,
  WebhookEventFor,
} from './types/verify-options.js';
export type {
  LeaseResult,
  MemoryReplayStore,
  MemoryReplayStoreOptions,
  WebhookEventStore,
} from './types/webhook-event-store.js';
export type {
  CreateWebhookHandlerFunction,
  DefinedSchemeHandlerOptions,
  WebHandlerContext,
  WebhookHandlerContext,
  WebhookHandlerOptions,
  WebhookHandlerSettings,
  WebhookHandlerVerifyOptions,
  WebhookRequestHandler,
} from './types/webhook-handler-options.js';

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
  verifyWith(verifyBackend, options as VerifyWebhookOptions) as never;

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
  safeVerifyWith(verifyBackend, options as VerifyWebhookOptions) as never;

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
  verifyRequestWith(verifyBackend, request, options) as never;

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
  return signWith(signBackend, options);
}

/**
 * A fetch handler (`Request` in, `Response` out) that processes each event once across every instance
 * sharing `store`, and loses none: a delivery verifies, takes the event's lease, runs `handle`, and
 * the event is marked done (200) or, when `handle` throws, released for the provider's retry (500).
 * A delivery of an event another instance is processing is answered 409 with `Retry-After`, one of a
 * done event 200 without running `handle`, a forged one 400.
 *
 * @example
 * ```ts
 * import { createRedisReplayStore } from '@ummah/webhooks/redis';
 *
 * const handler = createWebhookHandler({
 *   scheme: 'plumaas',
 *   secret: process.env.PLUMAAS_WEBHOOK_SECRET!,
 *   store: createRedisReplayStore(redis),
 *   handle: async (event, { key }) => fulfil(event, key),
 * });
 * export default { fetch: handler };
 * ```
 * @throws WebhookVerificationError `INVALID_OPTIONS` when an option is out of range
 */
export const createWebhookHandler: CreateWebhookHandlerFunction = (options: object) =>
  createWebHandler(verifyBackend, options as never);
