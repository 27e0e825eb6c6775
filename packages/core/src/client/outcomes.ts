import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from '../errors/connection-errors.js';
import { createAPIError } from '../errors/create-api-error.js';
import type { UmmahError } from '../errors/ummah-error.js';
import type { Deadline } from '../internal/deadline.js';
import type { TransportResponse } from '../transport/types.js';

/** Outcome of one attempt that did not produce the final result. */
export interface Failure {
  error: UmmahError;
  /** Whether this attempt's failure may be retried (ignoring the retry budget). */
  retryable: boolean;
  /** Server-requested wait, if any. */
  retryAfterMs: number | undefined;
}

/** JSON body of a 2xx response; empty → undefined; a text/plain body is returned as text. */
export function parseSuccessBody(
  text: string,
  response: TransportResponse,
  requestIdHeader: string,
  idempotencyKey: string | undefined,
): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/plain')) return text;
    throw createAPIError({
      status: response.status,
      code: 'invalid_response',
      message: 'The response body is not valid JSON.',
      headers: response.headers,
      requestId: response.headers.get(requestIdHeader) ?? undefined,
      body: text.slice(0, 200),
      idempotencyKey,
    });
  }
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
