// Public API of @ummah/pebblepay.
import { PebblePay } from './pebblepay.js';

export default PebblePay;

export type { APIPromise, Hooks, Logger, LogLevel, Page, PagePromise, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/pebblepay/types';
export { parsePebblePayError } from './parse-error.js';
export { API_KEY_ENV_VAR, DEFAULT_BASE_URL, PebblePay, type PebblePayOptions } from './pebblepay.js';
export { CouponsResource } from './resources/coupons.js';
export { OrdersResource } from './resources/orders.js';
export { VERSION } from './version.js';
export { type PebblePayVerifyOptions, PebblePayWebhooks } from './webhooks.js';
