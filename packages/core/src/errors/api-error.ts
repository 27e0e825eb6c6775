import { defineErrorKind } from './brand.js';
import { UmmahError } from './ummah-error.js';

/** Everything known about a non-2xx response; the input of {@link APIError} and its subclasses. */
export interface APIErrorInit {
  /** HTTP status code. */
  status: number;
  /** Stable machine-readable code from the body (e.g. `'card_declined'`) or derived from the status. */
  code: string;
  /** Human-readable message (from the body, or a short excerpt of a non-JSON body). */
  message: string;
  /** Field-level problems, e.g. `{ 'client.email': ['This field is required.'] }`. */
  details?: Record<string, string[]>;
  /** The gateway's request id header, when present; quote it to support. */
  requestId?: string | undefined;
  /** Response headers. */
  headers?: Headers;
  /** The parsed JSON body, or for a non-JSON body a short text excerpt. */
  body?: unknown;
  /** The idempotency key the call carried. */
  idempotencyKey?: string | undefined;
  /** Card decline reason (402 only), from `details.decline_code`. */
  declineCode?: string | undefined;
  /** Seconds the gateway asked to wait (429 only), from `Retry-After` / `retry-after-ms`. */
  retryAfter?: number | undefined;
}

/**
 * The gateway answered with an error status. Subclasses exist for each status the gateway
 * documents; use the type guards (`isNotFoundError(err)` …) or `err.status` / `err.code` to branch.
 *
 * @example
 * catch (err) {
 *   if (isAPIError(err)) log.warn({ status: err.status, code: err.code, requestId: err.requestId });
 * }
 */
export class APIError extends UmmahError {
  /** HTTP status code. */
  readonly status: number;
  /** Field-level problems; empty when the gateway gave none. */
  readonly details: Record<string, string[]>;
  /** The gateway's request id, when present. */
  readonly requestId: string | undefined;
  /** Response headers. */
  readonly headers: Headers;
  /** Parsed JSON body, or a short excerpt of a non-JSON body. */
  readonly body: unknown;

  constructor(init: APIErrorInit) {
    super(`${init.status} ${init.message}`, { code: init.code, idempotencyKey: init.idempotencyKey });
    this.status = init.status;
    this.details = init.details ?? {};
    this.requestId = init.requestId;
    this.headers = init.headers ?? new Headers();
    this.body = init.body;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      details: this.details,
      requestId: this.requestId,
      body: this.body,
    };
  }
}
defineErrorKind(APIError, 'APIError');

/** 400: the request was malformed or failed validation; see `details`. Never retried. */
export class BadRequestError extends APIError {}
defineErrorKind(BadRequestError, 'BadRequestError');

/** 401: the API key is missing, malformed or revoked. Never retried. */
export class AuthenticationError extends APIError {}
defineErrorKind(AuthenticationError, 'AuthenticationError');

/**
 * 402: the payment failed (card declined, insufficient funds, expired card …). Never retried: the
 * customer has to act. `declineCode` carries the issuer's reason when the gateway gives one.
 */
export class PaymentRequiredError extends APIError {
  /** Issuer's decline reason, e.g. `'insufficient_funds'`. */
  readonly declineCode: string | undefined;

  constructor(init: APIErrorInit) {
    super(init);
    this.declineCode = init.declineCode;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), declineCode: this.declineCode };
  }
}
defineErrorKind(PaymentRequiredError, 'PaymentRequiredError');

/** 403: the key may not access this resource. Never retried. */
export class PermissionDeniedError extends APIError {}
defineErrorKind(PermissionDeniedError, 'PermissionDeniedError');

/** 404: no object with this id. Never retried. */
export class NotFoundError extends APIError {}
defineErrorKind(NotFoundError, 'NotFoundError');

/** 409: the object's state forbids the operation (e.g. refunding an unpaid purchase). Never retried. */
export class ConflictError extends APIError {}
defineErrorKind(ConflictError, 'ConflictError');

/** 422: well-formed but semantically invalid (e.g. an idempotency key reused with another body). */
export class UnprocessableEntityError extends APIError {}
defineErrorKind(UnprocessableEntityError, 'UnprocessableEntityError');

/** 429: too many requests. Retried automatically; `retryAfter` says how long the gateway asked to wait. */
export class RateLimitError extends APIError {
  /** Seconds to wait before retrying, when the gateway said. */
  readonly retryAfter: number | undefined;

  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
defineErrorKind(RateLimitError, 'RateLimitError');

/** 5xx: the gateway failed. Retried automatically (POSTs with their idempotency key). */
export class InternalServerError extends APIError {}
defineErrorKind(InternalServerError, 'InternalServerError');
