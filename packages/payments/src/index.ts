// Public API of @ummah/payments. Runtime-neutral: nothing here imports a Node built-in
// (Node-only helpers live in `@ummah/payments/node`).

import { Ummah } from './ummah.js';

export default Ummah;

// The engine's errors, guards and call types, so merchants import everything from one place.
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIPromise,
  type APIResult,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  type Hooks,
  InternalServerError,
  InvalidRequestError,
  isAPIConnectionError,
  isAPIConnectionTimeoutError,
  isAPIError,
  isAPIUserAbortError,
  isAuthenticationError,
  isBadRequestError,
  isConfigurationError,
  isConflictError,
  isInternalServerError,
  isInvalidRequestError,
  isNotFoundError,
  isPaymentRequiredError,
  isPermissionDeniedError,
  isRateLimitError,
  isUmmahError,
  isUnprocessableEntityError,
  type Logger,
  type LogLevel,
  NotFoundError,
  type Page,
  type PagePromise,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  type RawResponse,
  type RequestIssue,
  type RequestOptions,
  type Transport,
  type TransportRequest,
  type TransportResponse,
  UmmahError,
  UnprocessableEntityError,
} from '@ummah/core';
export { API_KEY_ENV_VAR, BASE_URL_ENV_VAR, DEFAULT_BASE_URL, type UmmahOptions } from './client-options.js';
export {
  isRequestValidationError,
  isResponseValidationError,
  isStatementFailedError,
  isStatementTimeoutError,
  RequestValidationError,
  ResponseValidationError,
  StatementFailedError,
  StatementTimeoutError,
} from './errors.js';
// Every schema type (Purchase, Client, PurchaseCreateParams …), generated from the OpenAPI file,
// and the gateway API version they describe.
export type * from './generated/types.js';
export { API_VERSION } from './generated/types.js';
export type { ResponseValidationMode } from './internal/response-check.js';
export type { StatementDownloadOptions, WaitForStatementOptions } from './resources/statements.js';
export { VERSION } from './version.js';
export { Ummah };
