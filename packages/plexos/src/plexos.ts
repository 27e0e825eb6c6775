import { type OperationClientOptions, operationClientClass, validatorTable } from '@ummah/core';
import { routes } from '@ummah/schema/plexos/routes';
import { WebhooksResource } from './resources/webhooks.js';
import { VERSION } from './version.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLEXOS_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://api.plexospay.com/v1';

/** Options of `new Plexos(apiKey?, options?)`. */
export type PlexosOptions = OperationClientOptions;

const definition = {
  provider: 'Plexos',
  version: VERSION,
  routes,
  // Loaded by the first call with input to check, so a cold start does not build them.
  validators: async () => validatorTable((await import('@ummah/schema/plexos/checks')).checks),
  defaultBaseURL: DEFAULT_BASE_URL,
};

/**
 * The Plexos Pay client: `new Plexos(apiKey?, options?)`, the key read from `PLEXOS_API_KEY` when
 * omitted. Plexos documents no idempotency keys, so POSTs are sent once and never replayed.
 *
 * @example
 * import Plexos from '@ummah/plexos';
 * const plexos = new Plexos(process.env.PLEXOS_API_KEY);
 * const { secret } = await plexos.webhooks.create({ url: 'https://example.com/hooks', events: ['payment.debited'] });
 */
export class Plexos extends operationClientClass<PlexosOptions>(definition) {
  /** Webhook endpoints, and `verify` for their deliveries. */
  readonly webhooks = new WebhooksResource(this.caller);
}
