import type { WebhookVerificationError } from '../errors.js';
import type { UmmahWebhookEvent } from '../events/ummah-events.js';
import type { HMAC_SCHEMES, HmacSchemeName } from '../schemes/builtin.js';
import type { HmacScheme } from '../schemes/hmac-scheme.js';
import type { Clock, Tolerance } from './clock.js';
import type { HeadersInput, WebhookPayload } from './delivery.js';
import type { HashName, PublicKeyInput, PublicKeySource, SecretInput } from './keys.js';
import type { ReplayGuard } from './replay-guard-options.js';

/** Options shared by every scheme. */
export interface CommonVerifyOptions {
  /** The raw body exactly as received (string, Uint8Array, ArrayBuffer or Buffer), never a parsed object. */
  payload: WebhookPayload;
  /** Request headers: a Web `Headers` or Node's `req.headers`. */
  headers: HeadersInput;
  /**
   * How old (or how far ahead) a delivery may be, in seconds. Schemes with a signed timestamp
   * (Plumaas, Plexos, Plugipay, Standard Webhooks) check it always, 300 s by default. The gateway's
   * `ummah` scheme and PebblePay sign no timestamp: there the check runs only when this is given, against
   * the event's own time in the signed body (`updated_on`, else `created_on`; PebblePay's `timestamp`).
   * A `defineHmacScheme` scheme without a timestamp refuses it with `INVALID_OPTIONS`.
   * @default 300 for timestamped schemes; no check for the others
   */
  tolerance?: Tolerance;
  /** Clock used whenever a time is checked. @default Date.now */
  now?: Clock;
  /** Deduplicate deliveries; a repeat fails with `DUPLICATE_DELIVERY`. */
  replayGuard?: ReplayGuard;
}

/**
 * Options for the gateway's own RSA scheme. Its deliveries carry no signed timestamp and are retried for
 * up to 36 hours, so no age check runs unless `tolerance` is given (then against the event's own time);
 * use `replayGuard` against replays. `secret` is refused at compile time and with `INVALID_OPTIONS`.
 */
export interface UmmahVerifyOptions extends CommonVerifyOptions {
  /** @default 'ummah' */
  scheme?: 'ummah';
  /**
   * The gateway's public key (Webhook.public_key, or GET /public_key/ for purchase callbacks); a list
   * during rotation, or a source that refetches it (`createPublicKeyCache` from `@ummah/webhooks/keys`).
   */
  publicKey: PublicKeyInput | readonly PublicKeyInput[] | PublicKeySource;
  /** Digest of the signature; the platform's payout webhooks use SHA-512. @default 'SHA-256' */
  algorithm?: HashName;
  secret?: undefined;
}

/**
 * Options for HMAC schemes, built in (by name) or defined with `defineHmacScheme`. `publicKey` and
 * `algorithm` belong to the RSA scheme: refused at compile time and with `INVALID_OPTIONS`.
 */
export interface HmacVerifyOptions<
  S extends HmacSchemeName | HmacScheme<unknown> = HmacSchemeName | HmacScheme<unknown>,
> extends CommonVerifyOptions {
  /** Scheme name or a scheme from `defineHmacScheme`. */
  scheme: S;
  /** The signing secret; a list while a rotated secret is still valid. */
  secret: SecretInput | readonly SecretInput[];
  publicKey?: undefined;
  algorithm?: undefined;
}

/** Options of `verifyWebhook`. */
export type VerifyWebhookOptions = UmmahVerifyOptions | HmacVerifyOptions;

/** The event type `verifyWebhook` returns for given options. */
export type WebhookEventFor<O> = O extends { scheme: infer S }
  ? S extends HmacScheme<infer E>
    ? E
    : S extends HmacSchemeName
      ? (typeof HMAC_SCHEMES)[S] extends HmacScheme<infer E>
        ? E
        : never
      : UmmahWebhookEvent
  : UmmahWebhookEvent;

/** Outcome of `safeVerifyWebhook`. */
export type SafeVerifyResult<E> =
  | { ok: true; event: E; error?: undefined }
  | { ok: false; event?: undefined; error: WebhookVerificationError };

/** Options of `verifyRequest`: payload and headers come from the request. */
export type VerifyRequestOptions =
  | Omit<UmmahVerifyOptions, 'payload' | 'headers'>
  | Omit<HmacVerifyOptions, 'payload' | 'headers'>;

/**
 * `O` with each key no option type knows mapped to `never`. The generic signatures below would
 * otherwise lose TypeScript's excess-property check, and `{ tolerence: 600 }` would compile silently.
 */
export type NoUnknownOptions<O, Known> = O &
  // Distributes over the union `Known`: every key of every member (`keyof` a union keeps only shared keys).
  Record<Exclude<keyof O, Known extends unknown ? keyof Known : never>, never>;

/**
 * Verify a delivery and return the parsed, typed event.
 * Throws `WebhookVerificationError` (and nothing else, unless a replay store fails) when it is not genuine.
 */
export type VerifyWebhookFunction = <O extends VerifyWebhookOptions>(
  options: NoUnknownOptions<O, VerifyWebhookOptions>,
) => Promise<WebhookEventFor<O>>;

/** Like `verifyWebhook`, but resolves `{ ok: false, error }` instead of throwing verification errors. */
export type SafeVerifyWebhookFunction = <O extends VerifyWebhookOptions>(
  options: NoUnknownOptions<O, VerifyWebhookOptions>,
) => Promise<SafeVerifyResult<WebhookEventFor<O>>>;

/** Verify a fetch `Request` (reads its body once, as bytes). */
export type VerifyRequestFunction = <O extends VerifyRequestOptions>(
  request: Request,
  options: NoUnknownOptions<O, VerifyRequestOptions>,
) => Promise<WebhookEventFor<O>>;

/** What a provider client's `webhooks.verify` takes: the HMAC options, the scheme being the client's own. */
export type SchemeVerifyOptions = Omit<HmacVerifyOptions, 'scheme' | 'publicKey' | 'algorithm'>;
