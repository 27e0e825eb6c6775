import {
  ConfigurationError,
  type OperationClientDefinition,
  type OperationClientOptions,
  operationClientClass,
  validatorTable,
} from '@ummah/core';
import { routes } from '@ummah/schema/pebblepay/routes';
import { parsePebblePayError } from './parse-error.js';
import { CouponsResource } from './resources/coupons.js';
import { OrdersResource } from './resources/orders.js';
import { VERSION } from './version.js';
import { PebblePayWebhooks } from './webhooks.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PEBBLEPAY_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://payments.pebblepay.io/api/v1';

/** Options of `new PebblePay(apiKey?, options?)`. */
export interface PebblePayOptions extends OperationClientOptions {
  /**
   * How the key is sent: `'bearer'` (`Authorization: Bearer <key>`, recommended by PebblePay) or
   * `'x-api-key'` (`X-Api-Key: <key>`, the documented alternative). @default 'bearer'
   */
  authHeader?: 'bearer' | 'x-api-key';
}

/** The header the key travels in, from `authHeader`. */
function authHeaders(options: PebblePayOptions) {
  const style = options.authHeader ?? 'bearer';
  if (style !== 'bearer' && style !== 'x-api-key') {
    throw new ConfigurationError("`authHeader` must be 'bearer' or 'x-api-key'.");
  }
  return { authHeaders: style === 'x-api-key' ? (key: string) => ({ 'X-Api-Key': key }) : undefined };
}

const definition: OperationClientDefinition<PebblePayOptions> = {
  provider: 'PebblePay',
  version: VERSION,
  routes,
  // Loaded by the first call with input to check, so a cold start does not build them.
  validators: async () => validatorTable((await import('@ummah/schema/pebblepay/checks')).checks),
  defaultBaseURL: DEFAULT_BASE_URL,
  fromOptions: authHeaders,
  parseErrorBody: parsePebblePayError,
};

/**
 * The PebblePay client: `new PebblePay(apiKey?, options?)`, the key read from `PEBBLEPAY_API_KEY`
 * when omitted and sent as a Bearer token, or in `X-Api-Key` with `authHeader: 'x-api-key'`.
 * PebblePay documents no idempotency keys, so POSTs are sent once and never replayed; GET, PUT and
 * DELETE are retried.
 *
 * @example
 * import PebblePay from '@ummah/pebblepay';
 * const pebble = new PebblePay(process.env.PEBBLEPAY_API_KEY);
 * const checkout = await pebble.orders.create({ amount: 29.99, order_reference: 'order-1' });
 */
export class PebblePay extends operationClientClass<PebblePayOptions>(definition) {
  /** Orders. */
  readonly orders = new OrdersResource(this.caller);
  /** Coupons. */
  readonly coupons = new CouponsResource(this.caller);
  /** Webhook verification. */
  readonly webhooks = new PebblePayWebhooks();
}
