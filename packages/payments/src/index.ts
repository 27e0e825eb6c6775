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
export { API_KEY_ENV_VAR, BASE_URL_ENV_VAR, DEFAULT_BASE_URL, type UmmahOptions } from './client-options.js';
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
// (`function refundAll(purchases: PurchasesResource)`). They are created by `Ummah`, never directly, and
// carry a `Resource` suffix because the schema already names e.g. the `Balance` object.
export type { Account as AccountResource } from './resources/account.js';
export type { Balance as BalanceResource } from './resources/balance.js';
export type { Billing as BillingResource } from './resources/billing.js';
export type { BillingTemplateSubscribers as BillingTemplateSubscribersResource } from './resources/billing-template-subscribers.js';
export type { BillingTemplates as BillingTemplatesResource } from './resources/billing-templates.js';
export type { ClientRecurringTokens as ClientRecurringTokensResource } from './resources/client-recurring-tokens.js';
export type { Clients as ClientsResource } from './resources/clients.js';
export type { PaymentMethods as PaymentMethodsResource } from './resources/payment-methods.js';
export type { PayoutMethods as PayoutMethodsResource } from './resources/payout-methods.js';
export type { PublicKey as PublicKeyResource } from './resources/public-key.js';
export type { Purchases as PurchasesResource } from './resources/purchases.js';
export type {
  StatementDownloadOptions,
  Statements as StatementsResource,
  WaitForStatementOptions,
} from './resources/statements.js';
export type { Webhooks as WebhooksResource } from './resources/webhooks.js';

export { VERSION } from './version.js';
export { Ummah };
