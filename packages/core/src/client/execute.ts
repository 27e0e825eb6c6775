import { buildAPIError } from '../errors/build-api-error.js';
import type { ParsedErrorBody } from '../errors/parse-error-body.js';
import { InvalidRequestError } from '../errors/request-errors.js';
import { UmmahError } from '../errors/ummah-error.js';
import { Deadline } from '../internal/deadline.js';
import { isFastTransport, readHeader, SEND_FAST } from '../internal/fast-transport.js';
import type { Logger } from '../logging/logger.js';
import { redactBody, redactHeaders } from '../logging/redact.js';
import { backoffDelay, type ResolvedRetryTiming } from '../retry/backoff.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import { isReplaySafe, isRetryableResponse } from '../retry/retry-policy.js';
import type { Transport, TransportResponse } from '../transport/types.js';
import type { APIResult, RawResponse } from './api-promise.js';
import type { Hooks } from './hooks.js';
import { headersFromHook, runHook } from './hooks-runner.js';
import { abortError, connectionFailure, type Failure, parseSuccessBody } from './outcomes.js';
import { CallResult, ResponseMeta } from './response-meta.js';
import type { RequestOptions } from './types.js';

/** The client's resolved configuration, as the engine consumes it. */
export interface EngineConfig {
  transport: Transport;
  /** Authentication headers, lower-case names; never shown to hooks or logs. */
  authHeaders: Record<string, string>;
  authHeaderNames: ReadonlySet<string>;
  /** Headers of every call (accept, user-agent, defaults), lower-case names, without auth. */
  baseHeaders: Record<string, string>;
  /** `authHeaders` then `baseHeaders`: the starting point of every call's headers. */
  callHeaders: Record<string, string>;
  idempotencyHeader: string;
  requestIdHeader: string;
  timeout: number;
  maxRetries: number;
  retry: ResolvedRetryTiming;
  parseErrorBody: ((status: number, body: unknown) => ParsedErrorBody) | undefined;
  logger: Logger;
  debug: boolean;
  hooks: Hooks;
  /** Strings masked wherever they could surface (the API key). */
  secrets: readonly string[];
}

/** One call as the engine sees it. */
export interface Call {
  method: string;
  url: string;
  body: unknown;
  options: RequestOptions;
}

/** Largest delay `setTimeout` accepts. */
const MAX_TIMER = 2_147_483_647;

/** Per-call state shared by the attempts. */
export interface CallState {
  config: EngineConfig;
  call: Call;
  /** Final headers, auth included. */
  headers: Record<string, string>;
  payload: string | undefined;
  idempotencyKey: string | undefined;
  deadline: Deadline;
}

/**
 * Runs one call: builds headers (idempotency key generated once per call), sends it with retries
 * under a single deadline, and turns the outcome into data or one of the SDK's errors.
 */
export async function execute<T>(
  config: EngineConfig,
  call: Call,
  transform: (data: unknown, raw: RawResponse) => T,
): Promise<APIResult<T>> {
  const { options } = call;
  if (options.timeout !== undefined && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
    throw new InvalidRequestError('`timeout` must be a positive number of ms.', [
      { path: 'options.timeout', message: 'Expected a positive number' },
    ]);
  }
  if (
    options.maxRetries !== undefined &&
    !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)
  ) {
    throw new InvalidRequestError('`maxRetries` must be a non-negative integer.', [
      { path: 'options.maxRetries', message: 'Expected a non-negative integer' },
    ]);
  }
  // The shared header object is used as is when the call adds nothing of its own (a plain GET on
  // the built-in transport, which never mutates it); anything else works on a copy.
  const custom =
    options.headers !== undefined || options.idempotencyKey !== undefined || call.body !== undefined;
  const headers: Record<string, string> =
    custom || call.method === 'POST' || !isFastTransport(config.transport)
      ? { ...config.callHeaders }
      : config.callHeaders;
  if (options.headers !== undefined) {
    for (const name of Object.keys(options.headers))
      headers[name.toLowerCase()] = options.headers[name] as string;
  }
  let idempotencyKey = options.idempotencyKey ?? headers[config.idempotencyHeader];
  // Every POST gets a key, generated once here and therefore identical on every retry.
  if (idempotencyKey === undefined && call.method === 'POST') idempotencyKey = crypto.randomUUID();
  if (idempotencyKey !== undefined) headers[config.idempotencyHeader] = idempotencyKey;

  let payload: string | undefined;
  if (call.body !== undefined) {
    try {
      payload = JSON.stringify(call.body);
    } catch (cause) {
      throw new InvalidRequestError('The request body cannot be serialised as JSON.', [], { cause });
    }
    headers['content-type'] = 'application/json';
  }

  const maxRetries = options.maxRetries ?? config.maxRetries;
  const deadline = new Deadline(Math.min(options.timeout ?? config.timeout, MAX_TIMER), options.signal);
  const state: CallState = { config, call, headers, payload, idempotencyKey, deadline };
  const replaySafe = isReplaySafe(call.method, idempotencyKey);
  let attempt = 0;
  try {
    for (; ; attempt++) {
      const outcome = await attemptOnce(state, attempt);
      if (!('error' in outcome)) {
        const meta = new ResponseMeta(outcome.response, call.url, idempotencyKey);
        return new CallResult(
          transform(outcome.data, meta),
          meta,
          readHeader(outcome.response, config.requestIdHeader),
        );
      }
      const { error, retryable, retryAfterMs } = outcome;
      if (!retryable || !replaySafe || attempt >= maxRetries) throw error;
      if (retryAfterMs !== undefined && retryAfterMs > config.retry.maxRetryAfterMs) {
        config.logger.info('not retrying: the server asked to wait longer than allowed', {
          method: call.method,
          url: call.url,
          retryAfterMs,
        });
        throw error;
      }
      const delayMs = retryAfterMs ?? backoffDelay(attempt, config.retry);
      // Waiting past the deadline would only trade this informative error for a timeout.
      if (delayMs >= deadline.remaining()) throw error;
      config.logger.info('retrying', {
        method: call.method,
        url: call.url,
        attempt,
        delayMs,
        code: error.code,
      });
      if (config.hooks.onRetry !== undefined) {
        await runHook(config, 'onRetry', () =>
          config.hooks.onRetry?.({
            method: call.method,
            url: call.url,
            attempt,
            delayMs,
            error,
            idempotencyKey,
          }),
        );
      }
      try {
        await deadline.sleep(delayMs);
      } catch {
        throw abortError(deadline, idempotencyKey);
      }
    }
  } catch (error) {
    if (error instanceof UmmahError && config.hooks.onError !== undefined) {
      await runHook(config, 'onError', () =>
        config.hooks.onError?.({
          method: call.method,
          url: call.url,
          error,
          attempts: attempt + 1,
          idempotencyKey,
        }),
      );
    }
    throw error;
  } finally {
    deadline.dispose();
  }
}

/** Sends one attempt; resolves with the data or a classified failure (never rejects for HTTP errors). */
async function attemptOnce(
  state: CallState,
  attempt: number,
): Promise<{ data: unknown; response: TransportResponse } | Failure> {
  const { config, call, payload, idempotencyKey, deadline } = state;
  const { method, url } = call;
  const headers =
    config.hooks.onRequest === undefined ? state.headers : await headersFromHook(state, attempt);
  if (config.debug) {
    config.logger.debug('request', {
      method,
      url,
      attempt,
      headers: redactHeaders(headers, config.authHeaderNames),
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
    await runHook(config, 'onResponse', () =>
      config.hooks.onResponse?.({
        method,
        url,
        status,
        headers: response.headers,
        attempt,
        idempotencyKey,
        durationMs: Date.now() - started,
      }),
    );
  }

  let text: string;
  try {
    text = fast ? await response.text() : await deadline.race(response.text());
  } catch (cause) {
    if (deadline.cause !== undefined) throw abortError(deadline, idempotencyKey, cause);
    // The head arrived but the body was cut off: the outcome is unknown, exactly like a reset.
    return connectionFailure(cause, idempotencyKey);
  }
  if (config.debug)
    config.logger.debug('response', { method, url, status, durationMs: Date.now() - started });

  if (status >= 200 && status < 300)
    return { data: parseSuccessBody(text, response, config.requestIdHeader, idempotencyKey), response };

  const error = buildAPIError({
    status,
    text,
    headers: response.headers,
    idempotencyKey,
    requestIdHeader: config.requestIdHeader,
    parser: config.parseErrorBody,
    secrets: config.secrets,
  });
  const retryable = isRetryableResponse(status, response.headers);
  return { error, retryable, retryAfterMs: retryable ? parseRetryAfter(response.headers) : undefined };
}
