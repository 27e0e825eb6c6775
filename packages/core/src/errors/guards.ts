import type {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
import { errorGuard } from './brand.js';
import type {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from './connection-errors.js';
import type { ConfigurationError, InvalidRequestError } from './request-errors.js';
import type { ResponseTooLargeError } from './response-too-large-error.js';
import type { UmmahError } from './ummah-error.js';

// Type guards that recognise errors from any copy of this package (ESM and CJS builds, or two
// installed versions), unlike `instanceof`. See brand.ts. Each is marked pure so a bundler drops
// the ones an app does not use.

/** True for every error thrown by the SDK. */
export const isUmmahError = /* @__PURE__ */ errorGuard<UmmahError>('UmmahError');
/** True for any non-2xx response from the gateway. */
export const isAPIError = /* @__PURE__ */ errorGuard<APIError>('APIError');
/** True for a 400 response. */
export const isBadRequestError = /* @__PURE__ */ errorGuard<BadRequestError>('BadRequestError');
/** True for a 401 response. */
export const isAuthenticationError = /* @__PURE__ */ errorGuard<AuthenticationError>('AuthenticationError');
/** True for a 402 response (declined payment). */
export const isPaymentRequiredError =
  /* @__PURE__ */ errorGuard<PaymentRequiredError>('PaymentRequiredError');
/** True for a 403 response. */
export const isPermissionDeniedError =
  /* @__PURE__ */ errorGuard<PermissionDeniedError>('PermissionDeniedError');
/** True for a 404 response. */
export const isNotFoundError = /* @__PURE__ */ errorGuard<NotFoundError>('NotFoundError');
/** True for a 409 response. */
export const isConflictError = /* @__PURE__ */ errorGuard<ConflictError>('ConflictError');
/** True for a 422 response. */
export const isUnprocessableEntityError =
  /* @__PURE__ */ errorGuard<UnprocessableEntityError>('UnprocessableEntityError');
/** True for a 429 response. */
export const isRateLimitError = /* @__PURE__ */ errorGuard<RateLimitError>('RateLimitError');
/** True for a 5xx response. */
export const isInternalServerError = /* @__PURE__ */ errorGuard<InternalServerError>('InternalServerError');
/** True when no response arrived (includes timeouts). */
export const isAPIConnectionError = /* @__PURE__ */ errorGuard<APIConnectionError>('APIConnectionError');
/** True when the call's deadline passed. */
export const isAPIConnectionTimeoutError =
  /* @__PURE__ */ errorGuard<APIConnectionTimeoutError>('APIConnectionTimeoutError');
/** True when the caller's AbortSignal fired. */
export const isAPIUserAbortError = /* @__PURE__ */ errorGuard<APIUserAbortError>('APIUserAbortError');
/** True when input was refused before sending. */
export const isInvalidRequestError = /* @__PURE__ */ errorGuard<InvalidRequestError>('InvalidRequestError');
/** True when the client was misconfigured at construction. */
export const isConfigurationError = /* @__PURE__ */ errorGuard<ConfigurationError>('ConfigurationError');
/** True when a response body exceeded `maxResponseBytes` and was discarded. */
export const isResponseTooLargeError =
  /* @__PURE__ */ errorGuard<ResponseTooLargeError>('ResponseTooLargeError');
