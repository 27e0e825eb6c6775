import { defineErrorKind } from './brand.js';
import { UmmahError } from './ummah-error.js';

/**
 * No usable HTTP response arrived: connection refused or reset, socket hang up, EPIPE, DNS failure,
 * or the body was cut off. For a POST the gateway may or may not have acted; retrying with the same
 * `idempotencyKey` is safe either way.
 */
export class APIConnectionError extends UmmahError {
  constructor(
    message = 'Connection error.',
    options: { cause?: unknown; idempotencyKey?: string | undefined; code?: string } = {},
  ) {
    super(message, { ...options, code: options.code ?? 'connection_error' });
  }
}
defineErrorKind(APIConnectionError, 'APIConnectionError');

/**
 * The call's deadline (`timeout`, covering every attempt, backoff wait and body read) passed.
 * A subclass of {@link APIConnectionError}: the outcome on the gateway is unknown.
 */
export class APIConnectionTimeoutError extends APIConnectionError {
  /** The deadline that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number, options: { cause?: unknown; idempotencyKey?: string | undefined } = {}) {
    super(`Request timed out after ${timeout} ms.`, { ...options, code: 'timeout' });
    this.timeout = timeout;
  }
}
defineErrorKind(APIConnectionTimeoutError, 'APIConnectionTimeoutError');

/** The caller's `AbortSignal` fired. Carries the signal's reason as `cause`. */
export class APIUserAbortError extends UmmahError {
  constructor(options: { cause?: unknown; idempotencyKey?: string | undefined } = {}) {
    super('Request was aborted.', { ...options, code: 'aborted' });
  }
}
defineErrorKind(APIUserAbortError, 'APIUserAbortError');
