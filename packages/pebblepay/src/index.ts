// Public API of @ummah/pebblepay.
import { PebblePay } from './pebblepay.js';

export default PebblePay;

export type { APIPromise, Hooks, Logger, LogLevel, Page, PagePromise, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/pebblepay/types';
export {
  API_KEY_ENV_VAR,
  CouponsResource,
  DEFAULT_BASE_URL,
  OrdersResource,
  PebblePay,
  type PebblePayOptions,
  type PebblePayVerifyOptions,
  PebblePayWebhooks,
  parsePebblePayError,
} from './pebblepay.js';
export { VERSION } from './version.js';
