import type {
  PebblePayEvent,
  PlexosEvent,
  PlugipayEvent,
  PlumaasEvent,
  StandardWebhookEvent,
} from '../events/provider-events.js';
import { compileHmacScheme, type HmacScheme } from './hmac-scheme.js';

/** Plumaas: `X-Plumaas-Signature: t=<ts>,v1=<hex>` over `"<ts>.<body>"`. */
export const plumaas: HmacScheme<PlumaasEvent> = /* @__PURE__ */ compileHmacScheme({
  name: 'plumaas',
  signatureHeader: 'x-plumaas-signature',
  signatureFormat: 'timestamped',
  timestampHeader: 'x-plumaas-timestamp',
});

/** Plexos Pay: hex `X-Plexos-Signature` over `"<X-Plexos-Timestamp>.<body>"`. */
export const plexos: HmacScheme<PlexosEvent> = /* @__PURE__ */ compileHmacScheme({
  name: 'plexos',
  signatureHeader: 'x-plexos-signature',
  timestampHeader: 'x-plexos-timestamp',
});

/**
 * Plugipay: `X-Plugipay-Signature`. Its public page does not give the format; this follows the common
 * `t=<ts>,v1=<hex>` over `"<ts>.<body>"` layout. Use {@link defineHmacScheme} if yours differs.
 */
export const plugipay: HmacScheme<PlugipayEvent> = /* @__PURE__ */ compileHmacScheme({
  name: 'plugipay',
  signatureHeader: 'x-plugipay-signature',
  signatureFormat: 'timestamped',
});

/** PebblePay: hex `X-Webhook-Signature` of the raw body, no timestamp; `X-Webhook-Id` deduplicates. */
export const pebblepay: HmacScheme<PebblePayEvent> = /* @__PURE__ */ compileHmacScheme({
  name: 'pebblepay',
  signatureHeader: 'x-webhook-signature',
  idHeader: 'x-webhook-id',
});

/** Standard Webhooks: `webhook-signature: v1,<b64>` over `"<id>.<ts>.<body>"` with a `whsec_` secret. */
export const standardWebhooks: HmacScheme<StandardWebhookEvent> = /* @__PURE__ */ compileHmacScheme({
  name: 'standard-webhooks',
  signatureHeader: 'webhook-signature',
  signatureFormat: 'versioned',
  timestampHeader: 'webhook-timestamp',
  idHeader: 'webhook-id',
  content: '{id}.{timestamp}.{body}',
  encoding: 'base64',
  secretEncoding: 'base64',
});

/** Schemes selectable by name. */
export const HMAC_SCHEMES = {
  plumaas,
  plexos,
  plugipay,
  pebblepay,
  'standard-webhooks': standardWebhooks,
} as const;

/** Names of the built-in HMAC schemes. */
export type HmacSchemeName = keyof typeof HMAC_SCHEMES;

/** Every scheme name `verifyWebhook` accepts; `ummah` is the gateway's RSA scheme and the default. */
export type SchemeName = 'ummah' | HmacSchemeName;
