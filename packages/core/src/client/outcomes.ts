import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from '../errors/connection-errors.js';
import { createAPIError } from '../errors/create-api-error.js';
import type { UmmahError } from '../errors/ummah-error.js';
import type { Deadline } from '../internal/deadline.js';
import { redactResponseHeaders, redactSecrets } from '../logging/redact.js';
import type { TransportResponse } from '../transport/types.js';

/** Outcome of one attempt that did not produce the final result. */
export interface Failure {
  error: UmmahError;
  /** Whether this attempt's failure may be retried (ignoring the retry budget). */
  retryable: boolean;
  /** Server-requested wait, if any. */
  retryAfterMs: number | undefined;
}

/** Longest excerpt of an unusable body kept on an `invalid_response` error. */
const EXCERPT_LENGTH = 200;

/**
 * The data of a 2xx response read as text: parsed JSON for a `'json'` call, the text for a
 * `'text'` call, `undefined` for a `'none'` call. A `'json'` call whose body is empty or not JSON
 * fails with `invalid_response` (the excerpt masked before it is cut, so no part of a key leaks).
 */
export function parseSuccessBody(
  text: string,
  response: TransportResponse,
  responseType: 'json' | 'text' | 'none',
  requestIdHeader: string,
  idempotencyKey: string | undefined,
  secrets: readonly string[],
): unknown {
  if (responseType === 'none') return undefined;
  if (responseType === 'text') return text;
  if (text !== '') {
    try {
      return JSON.parse(text);
    } catch {
      // fall through to the error below
    }
  }
  const headers = redactResponseHeaders(response.headers, secrets);
  throw createAPIError({
    status: response.status,
    code: 'invalid_response',
    message:
      text === ''
        ? 'The response body is empty; a JSON body was expected.'
        : 'The response body is not valid JSON.',
    headers,
    requestId: headers.get(requestIdHeader) ?? undefined,
    body: redactSecrets(text, secrets).slice(0, EXCERPT_LENGTH),
    idempotencyKey,
  });
}

/** A retryable failure for a transport rejection (no usable response), keeping the system error code. */
export function connectionFailure(cause: unknown, idempotencyKey: string | undefined): Failure {
  const code = errorCode(cause);
  const error = new APIConnectionError(
    code === undefined ? 'Connection error.' : `Connection error (${code}).`,
    {
      cause,
      idempotencyKey,
    },
  );
  return { error, retryable: true, retryAfterMs: undefined };
}

/** The system/undici error code of a transport failure, looking a few `cause`s deep (fetch wraps them). */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; depth < 3 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error for a fired deadline: the caller's abort, or the timeout. */
export function abortError(
  deadline: Deadline,
  idempotencyKey: string | undefined,
  cause?: unknown,
): UmmahError {
  if (deadline.cause === 'user') return new APIUserAbortError({ cause: deadline.userReason, idempotencyKey });
  return new APIConnectionTimeoutError(deadline.timeout, { cause, idempotencyKey });
}
