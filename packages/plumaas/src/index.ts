// Public API of @ummah/plumaas.
import { Plumaas } from './plumaas.js';

export default Plumaas;

export type { APIPromise, Hooks, Logger, LogLevel, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/plumaas/types';
export {
  API_KEY_ENV_VAR,
  ChargesResource,
  DEFAULT_BASE_URL,
  Plumaas,
  type PlumaasOptions,
  type PlumaasVerifyOptions,
  PlumaasWebhooks,
  validatePlumaasKey,
  WebhookEndpointsResource,
} from './plumaas.js';
export { VERSION } from './version.js';
