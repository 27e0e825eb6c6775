// Public API of @ummah/plugipay.
import { Plugipay } from './plugipay.js';

export default Plugipay;

export type { APIPromise, Hooks, Logger, LogLevel, RequestOptions } from '@ummah/core';
export * from '@ummah/core/errors';
export type * from '@ummah/schema/plugipay/types';
export {
  API_KEY_ENV_VAR,
  CheckoutSessionsResource,
  CustomersResource,
  Plugipay,
  type PlugipayOptions,
  type PlugipayVerifyOptions,
  PlugipayWebhooks,
  RefundsResource,
} from './plugipay.js';
export { VERSION } from './version.js';
