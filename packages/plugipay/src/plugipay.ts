import { type OperationClientOptions, operationClientClass, validatorTable } from '@ummah/core';
import { routes } from '@ummah/schema/plugipay/routes';
import { CheckoutSessionsResource } from './resources/checkout-sessions.js';
import { CustomersResource } from './resources/customers.js';
import { RefundsResource } from './resources/refunds.js';
import { VERSION } from './version.js';
import { PlugipayWebhooks } from './webhooks.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLUGIPAY_API_KEY';

/** Options of `new Plugipay(apiKey?, options)`: `baseURL` is required (Plugipay documents no host). */
export type PlugipayOptions = OperationClientOptions;

// No API host is documented: without `baseURL` the constructor throws a ConfigurationError.
const definition = {
  provider: 'Plugipay',
  version: VERSION,
  routes,
  // Loaded by the first call with input to check, so a cold start does not build them.
  validators: async () => validatorTable((await import('@ummah/schema/plugipay/checks')).checks),
  defaultBaseURL: undefined,
};

/**
 * The Plugipay client: `new Plugipay(apiKey?, { baseURL })`, the key read from `PLUGIPAY_API_KEY`
 * when omitted. Plugipay documents no API host, so `baseURL` is required, and no idempotency keys,
 * so POSTs are sent once and never replayed.
 *
 * @example
 * import Plugipay from '@ummah/plugipay';
 * const plugipay = new Plugipay(process.env.PLUGIPAY_API_KEY, { baseURL: process.env.PLUGIPAY_BASE_URL });
 * const customer = await plugipay.customers.create({ email: 'jane@example.com' });
 */
export class Plugipay extends operationClientClass<PlugipayOptions>(definition) {
  /** Customers. */
  readonly customers = new CustomersResource(this.caller);
  /** Checkout sessions. */
  readonly checkoutSessions = new CheckoutSessionsResource(this.caller);
  /** Refunds. */
  readonly refunds = new RefundsResource(this.caller);
  /** Webhook verification. */
  readonly webhooks = new PlugipayWebhooks();
}
