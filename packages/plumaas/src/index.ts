// Public API of @ummah/plumaas.
import { Plumaas } from './plumaas.js';

export default Plumaas;

export type { APIPromise, Hooks, Logger, LogLevel, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/plumaas/types';
export { validatePlumaasKey } from './api-key.js';
export { API_KEY_ENV_VAR, DEFAULT_BASE_URL, Plumaas, type PlumaasOptions } from './plumaas.js';
export { ChargesResource } from './resources/charges.js';
export { WebhookEndpointsResource } from './resources/webhook-endpoints.js';
export { VERSION } from './version.js';
export { type PlumaasVerifyOptions, PlumaasWebhooks } from './webhooks.js';
