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
import { hasErrorKind } from './brand.js';
import type {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from './connection-errors.js';
import type { ConfigurationError, InvalidRequestError } from './request-errors.js';
import type { UmmahError } from './ummah-error.js';

// Type guards that recognise errors from any copy of this package (ESM and CJS builds, or two
// installed versions), unlike `instanceof`. See brand.ts.

/** True for every error thrown by the SDK. */
export const isUmmahError = (e: unknown): e is UmmahError => hasErrorKind(e, 'UmmahError');
/** True for any non-2xx response from the gateway. */
export const isAPIError = (e: unknown): e is APIError => hasErrorKind(e, 'APIError');
/** True for a 400 response. */
export const isBadRequestError = (e: unknown): e is BadRequestError => hasErrorKind(e, 'BadRequestError');
/** True for a 401 response. */
export const isAuthenticationError = (e: unknown): e is AuthenticationError =>
  hasErrorKind(e, 'AuthenticationError');
/** True for a 402 response (declined payment). */
export const isPaymentRequiredError = (e: unknown): e is PaymentRequiredError =>
  hasErrorKind(e, 'PaymentRequiredError');
/** True for a 403 response. */
export const isPermissionDeniedError = (e: unknown): e is PermissionDeniedError =>
  hasErrorKind(e, 'PermissionDeniedError');
/** True for a 404 response. */
export const isNotFoundError = (e: unknown): e is NotFoundError => hasErrorKind(e, 'NotFoundError');
/** True for a 409 response. */
export const isConflictError = (e: unknown): e is ConflictError => hasErrorKind(e, 'ConflictError');
/** True for a 422 response. */
export const isUnprocessableEntityError = (e: unknown): e is UnprocessableEntityError =>
  hasErrorKind(e, 'UnprocessableEntityError');
/** True for a 429 response. */
export const isRateLimitError = (e: unknown): e is RateLimitError => hasErrorKind(e, 'RateLimitError');
/** True for a 5xx response. */
export const isInternalServerError = (e: unknown): e is InternalServerError =>
  hasErrorKind(e, 'InternalServerError');
/** True when no response arrived (includes timeouts). */
export const isAPIConnectionError = (e: unknown): e is APIConnectionError =>
  hasErrorKind(e, 'APIConnectionError');
/** True when the call's deadline passed. */
export const isAPIConnectionTimeoutError = (e: unknown): e is APIConnectionTimeoutError =>
  hasErrorKind(e, 'APIConnectionTimeoutError');
/** True when the caller's AbortSignal fired. */
export const isAPIUserAbortError = (e: unknown): e is APIUserAbortError =>
  hasErrorKind(e, 'APIUserAbortError');
/** True when input was refused before sending. */
export const isInvalidRequestError = (e: unknown): e is InvalidRequestError =>
  hasErrorKind(e, 'InvalidRequestError');
/** True when the client was misconfigured at construction. */
export const isConfigurationError = (e: unknown): e is ConfigurationError =>
  hasErrorKind(e, 'ConfigurationError');
