import { type OperationClientOptions, operationClientClass, validatorTable } from '@ummah/core';
import { routes } from '@ummah/schema/plumaas/routes';
import { plumaasKeyRules } from './api-key.js';
import { ChargesResource } from './resources/charges.js';
import { WebhookEndpointsResource } from './resources/webhook-endpoints.js';
import { VERSION } from './version.js';
import { PlumaasWebhooks } from './webhooks.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLUMAAS_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://plumaas.com/api/v1';

/** Options of `new Plumaas(apiKey?, options?)`. */
export type PlumaasOptions = OperationClientOptions;

const definition = {
  ...plumaasKeyRules,
  provider: 'Plumaas',
  version: VERSION,
  routes,
  // Loaded by the first call with input to check, so a cold start does not build them.
  validators: async () => validatorTable((await import('@ummah/schema/plumaas/checks')).checks),
  defaultBaseURL: DEFAULT_BASE_URL,
};

/**
 * The Plumaas client: `new Plumaas(apiKey?, options?)`, the key read from `PLUMAAS_API_KEY` when
 * omitted; it must start with `psk_live_` or `psk_test_` (`isTestMode` tells which). Plumaas documents
 * no idempotency keys, so POSTs are sent once and never replayed.
 *
 * @example
 * import Plumaas from '@ummah/plumaas';
 * const plumaas = new Plumaas(process.env.PLUMAAS_API_KEY);
 * const charge = await plumaas.charges.create({ org_id: 'org_123', amount_cents: 5000, currency: 'USD' });
 * console.log(charge.pay_url);
 */
export class Plumaas extends operationClientClass<PlumaasOptions>(definition) {
  /** Charges (payment links). */
  readonly charges = new ChargesResource(this.caller);
  /** Webhook endpoint tests. */
  readonly webhookEndpoints = new WebhookEndpointsResource(this.caller);
  /** Webhook verification. */
  readonly webhooks = new PlumaasWebhooks();
}
