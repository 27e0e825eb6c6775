// Entry of `@ummah/webhooks/keys`: public keys fetched from the gateway, cached, and refetched when they
// rotate. It has no crypto backend of its own (keys are imported with jose into WebCrypto keys, which
// both builds of `verifyWebhook` take), so one build serves every runtime, and `jose` stays out of
// bundles that import only `@ummah/webhooks`.
export {
  type GatewayKeyOptions,
  gatewayPublicKey,
  webhookPublicKey,
} from './keys/gateway-public-key.js';
export { type FetchedPublicKey, importPublicKey } from './keys/import-public-key.js';
export {
  createPublicKeyCache,
  type PublicKeyCache,
  type PublicKeyCacheOptions,
} from './keys/public-key-cache.js';
export { PublicKeyFetchError, type PublicKeyFetchErrorCode } from './keys/public-key-fetch-error.js';
export type { PublicKeySource } from './types/keys.js';
