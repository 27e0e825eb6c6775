// Public API of @ummah/payments. Runtime-neutral: nothing here imports a Node built-in
// (Node-only helpers live in `@ummah/payments/node`).

import { Ummah } from './ummah.js';

export default Ummah;

export type {
  APIPromise,
  APIResult,
  Hooks,
  Logger,
  LogLevel,
  Page,
  PagePromise,
  RawResponse,
  RequestOptions,
  Transport,
  TransportRequest,
  TransportResponse,
} from '@ummah/core';
// The engine's errors and their type guards (the list core publishes as `@ummah/core/errors`), and
// the call types, so merchants import everything from one place.
export * from '@ummah/core/errors';
// Every schema type (Purchase, Client, PurchaseCreateParams …), generated from the OpenAPI file,
// and the gateway API version they describe.
export type * from '@ummah/schema/ummah/types';
export { API_VERSION } from '@ummah/schema/ummah/types';
export {
  API_KEY_ENV_VAR,
  BASE_URL_ENV_VAR,
  DEFAULT_BASE_URL,
  LOG_LEVEL_ENV_VAR,
  type UmmahOptions,
} from './client-options.js';
export {
  isRequestValidationError,
  isResponseValidationError,
  isStatementFailedError,
  isStatementTimeoutError,
  RequestValidationError,
  ResponseValidationError,
  StatementFailedError,
  type StatementSnapshot,
  StatementTimeoutError,
} from './errors.js';
export type { ResponseValidationMode } from './internal/response-check.js';
// The resource classes behind `ummah.purchases`, `ummah.clients` …, for typing your own helpers
// (`function refundAll(purchases: PurchasesResource)`). They are created by `Ummah`, never directly.
export type { AccountResource } from './resources/account.js';
export type { BalanceResource } from './resources/balance.js';
export type { BillingResource } from './resources/billing.js';
export type { BillingTemplateSubscribersResource } from './resources/billing-template-subscribers.js';
export type { BillingTemplatesResource } from './resources/billing-templates.js';
export type { ClientRecurringTokensResource } from './resources/client-recurring-tokens.js';
export type { ClientsResource } from './resources/clients.js';
export type { PaymentMethodsResource } from './resources/payment-methods.js';
export type { PayoutMethodsResource } from './resources/payout-methods.js';
export type { PublicKeyResource } from './resources/public-key.js';
export type { PurchasesResource } from './resources/purchases.js';
export type { RefundsResource } from './resources/refunds.js';
export type {
  StatementDownloadOptions,
  StatementsResource,
  WaitForStatementOptions,
} from './resources/statements.js';
export type {
  SubscribeParams,
  SubscriptionPlanParams,
  SubscriptionsResource,
} from './resources/subscriptions.js';
export type { WebhooksResource } from './resources/webhooks.js';

export { VERSION } from './version.js';
export { Ummah };
