// Exports common to the WebCrypto build (index.ts) and the node:crypto build (node.ts).
export { WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export type {
  OpenString,
  PebblePayEvent,
  PlexosEvent,
  PlugipayEvent,
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
  SecretInput,
  WebCryptoKey,
} from './types/keys.js';
export type {
  MemoryReplayStoreOptions,
  ReplayGuard,
  ReplayGuardOptions,
  ReplayStore,
} from './types/replay-guard-options.js';
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
  UmmahVerifyOptions,
  VerifyRequestFunction,
  VerifyRequestOptions,
  VerifyWebhookFunction,
  VerifyWebhookOptions,
  WebhookEventFor,
} from './types/verify-options.js';
