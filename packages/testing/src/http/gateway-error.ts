import type { MockResult } from './mock-result';

/** Field-level validation messages keyed by dotted field path, as the gateway reports them. */
export type FieldErrors = Record<string, string[]>;

/**
 * An error a route throws to answer with one of the gateway's documented error bodies:
 * `{"error": "Bad Request", "details": {...}}`, `{"error": "Not Found", "detail": "..."}` or
 * `{"error": "<code>", "message": "..."}`.
 */
export class GatewayError extends Error {
  /** HTTP status to answer with. */
  readonly status: number;
  /** The JSON body to answer with. */
  readonly body: Record<string, unknown>;
  /** Extra response headers (e.g. `Retry-After`). */
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const text = body.message ?? body.detail;
    super(typeof text === 'string' ? `${status} ${text}` : `${status} ${String(body.error)}`);
    this.name = 'GatewayError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** The error as a route result. */
  toResult(): MockResult {
    return { status: this.status, body: this.body, headers: this.headers };
  }
}

/** 400 with field errors: `{"error": "Bad Request", "details": {"client.email": ["This field is required."]}}`. */
export function badRequest(details: FieldErrors): GatewayError {
  return new GatewayError(400, { error: 'Bad Request', details });
}

/** 400 for a body that is not a JSON object. */
export function malformedBody(detail: string): GatewayError {
  return new GatewayError(400, { error: 'Bad Request', detail });
}

/** 404 exactly as the gateway words it. */
export function notFound(detail = 'Object with this ID does not exist.'): GatewayError {
  return new GatewayError(404, { error: 'Not Found', detail });
}

/** 405 for a known path with a method it does not accept. */
export function methodNotAllowed(method: string): GatewayError {
  return new GatewayError(405, { error: 'Method Not Allowed', detail: `Method "${method}" not allowed.` });
}

/** 401 `invalid_api_key`. The message never repeats the key that was sent. */
export function unauthorized(message: string): GatewayError {
  return new GatewayError(401, { error: 'invalid_api_key', message });
}

/** 409: the object's current state forbids the operation (e.g. refunding an unpaid purchase). */
export function conflict(message: string): GatewayError {
  return new GatewayError(409, { error: 'invalid_state', message });
}

/** 422: an `Idempotency-Key` reused with a different request. */
export function idempotencyMismatch(): GatewayError {
  return new GatewayError(422, {
    error: 'idempotency_key_reused',
    message:
      'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
  });
}

/** The gateway's default body for a status injected by a fault or thrown internally. */
export function errorBodyForStatus(status: number): Record<string, unknown> {
  switch (status) {
    case 400:
      return { error: 'Bad Request', details: {} };
    case 401:
      return { error: 'invalid_api_key', message: 'The API key is missing, malformed, or revoked.' };
    case 402:
      return {
        error: 'card_declined',
        message: 'The card was declined by the issuing bank.',
        details: { decline_code: 'insufficient_funds' },
      };
    case 403:
      return { error: 'Forbidden', detail: 'You do not have permission to perform this action.' };
    case 404:
      return { error: 'Not Found', detail: 'Object with this ID does not exist.' };
    case 409:
      return { error: 'invalid_state', message: 'Operation not allowed in the current state.' };
    case 422:
      return { error: 'unprocessable_entity', message: 'The request is semantically invalid.' };
    case 429:
      return {
        error: 'rate_limit_exceeded',
        message: 'Too many requests in a short window. Slow down and retry.',
      };
    case 503:
      return {
        error: 'service_unavailable',
        message: 'The service is temporarily unavailable. Retry shortly.',
      };
    default:
      return status >= 500
        ? { error: 'server_error', message: 'Unexpected internal error. Our team is automatically notified.' }
        : { error: 'error', message: `Request failed with status ${status}.` };
  }
}
