// Public API of @ummah/plugipay.
import { Plugipay } from './plugipay.js';

export default Plugipay;

export type { APIPromise, Hooks, Logger, LogLevel, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/plugipay/types';
export { API_KEY_ENV_VAR, Plugipay, type PlugipayOptions } from './plugipay.js';
export { CheckoutSessionsResource } from './resources/checkout-sessions.js';
export { CustomersResource } from './resources/customers.js';
export { RefundsResource } from './resources/refunds.js';
export { VERSION } from './version.js';
export { type PlugipayVerifyOptions, PlugipayWebhooks } from './webhooks.js';
