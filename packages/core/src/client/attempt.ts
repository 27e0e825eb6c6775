import { buildAPIError } from '../errors/build-api-error.js';
import { isFastTransport, SEND_FAST } from '../internal/fast-transport.js';
import { redactBody, redactHeaders, redactResponseHeaders } from '../logging/redact.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import { isRetryableResponse } from '../retry/retry-policy.js';
import type { TransportResponse } from '../transport/types.js';
import type { CallState } from './call.js';
import { guardedHook, headersFromHook } from './hooks-runner.js';
import { abortError, connectionFailure, type Failure, parseSuccessBody } from './outcomes.js';
import { openStream, readBytes } from './response-body.js';

/** A successful attempt: the decoded body (or the unread stream) and the response it came with. */
export interface Success {
  data: unknown;
  response: TransportResponse;
}

/** Sends one attempt; resolves with the data or a classified failure (never rejects for HTTP errors). */
export async function attemptOnce(state: CallState, attempt: number): Promise<Success | Failure> {
  const { config, call, payload, idempotencyKey, deadline } = state;
  const { method, url } = call;
  const headers =
    config.hooks.onRequest === undefined ? state.headers : await headersFromHook(state, attempt);
  if (config.debug) {
    config.logger.debug('request', {
      method,
      url,
      attempt,
      headers: redactHeaders(headers, config.credentials.names),
      body: call.body === undefined ? undefined : redactBody(call.body, config.secrets),
    });
  }
  const { transport } = config;
  const fast = isFastTransport(transport);
  const started = Date.now();
  let response: TransportResponse;
  try {
    response = fast
      ? await transport[SEND_FAST]({ method, url, headers, body: payload }, deadline)
      : await deadline.race(
          transport.request({ method, url, headers, body: payload, signal: deadline.signal }),
        );
  } catch (cause) {
    if (deadline.cause !== undefined) throw abortError(deadline, idempotencyKey, cause);
    return connectionFailure(cause, idempotencyKey);
  }

  const { status } = response;
  if (config.hooks.onResponse !== undefined) {
    await guardedHook(state, 'onResponse', () =>
      config.hooks.onResponse?.({
        method,
        url,
        status,
        headers: redactResponseHeaders(response.headers, config.secrets),
        attempt,
        idempotencyKey,
        durationMs: Date.now() - started,
      }),
    );
  }

  const ok = status >= 200 && status < 300;
  const { responseType } = call;
  // A stream is handed over unread: the caller reads it at its own pace, after the deadline.
  if (ok && responseType === 'stream') return { data: openStream(response), response };

  let body: string | Uint8Array;
  try {
    const read: Promise<string | Uint8Array> =
      ok && responseType === 'bytes' ? readBytes(response) : response.text();
    body = fast ? await read : await deadline.race(read);
  } catch (cause) {
    if (deadline.cause !== undefined) throw abortError(deadline, idempotencyKey, cause);
    // The head arrived but the body was cut off: the outcome is unknown, exactly like a reset.
    return connectionFailure(cause, idempotencyKey);
  }
  if (config.debug)
    config.logger.debug('response', { method, url, status, durationMs: Date.now() - started });

  if (ok) {
    return {
      data:
        typeof body === 'string'
          ? parseSuccessBody(
              body,
              response,
              (responseType ?? 'json') as 'json' | 'text' | 'none',
              config.requestIdHeader,
              idempotencyKey,
              config.secrets,
            )
          : body,
      response,
    };
  }

  const error = buildAPIError({
    status,
    text: body as string,
    headers: response.headers,
    idempotencyKey,
    requestIdHeader: config.requestIdHeader,
    parser: config.parseErrorBody,
    secrets: config.secrets,
  });
  const retryable = isRetryableResponse(status, response.headers);
  return { error, retryable, retryAfterMs: retryable ? parseRetryAfter(response.headers) : undefined };
}
