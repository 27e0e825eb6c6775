import { UmmahError } from '../errors/ummah-error.js';
import { readHeader } from '../internal/fast-transport.js';
import { backoffDelay } from '../retry/backoff.js';
import { isReplaySafe } from '../retry/retry-policy.js';
import type { APIResult, RawResponse } from './api-promise.js';
import { attemptOnce } from './attempt.js';
import type { Call, CallState } from './call.js';
import type { EngineConfig } from './engine-config.js';
import { guardedHook, runHook } from './hooks-runner.js';
import { abortError } from './outcomes.js';
import { prepareCall } from './prepare-call.js';
import { guardBodyStream } from './response-body.js';
import { CallResult, ResponseMeta } from './response-meta.js';

/**
 * Runs one call: builds headers (idempotency key generated once per call), sends it with retries
 * under a single deadline, and turns the outcome into data or one of the SDK's errors.
 */
export async function execute<T>(
  config: EngineConfig,
  call: Call,
  transform: (data: unknown, raw: RawResponse) => T,
): Promise<APIResult<T>> {
  const state = prepareCall(config, call);
  const { options } = call;
  const { idempotencyKey, deadline } = state;
  const maxRetries = options.maxRetries ?? config.maxRetries;
  const replaySafe = isReplaySafe(call.method, idempotencyKey);
  let attempt = 0;
  try {
    for (; ; attempt++) {
      const outcome = await attemptOnce(state, attempt);
      if (!('error' in outcome)) {
        const meta = new ResponseMeta(outcome.response, call.url, idempotencyKey);
        const data =
          call.responseType === 'stream'
            ? guardBodyStream(outcome.data as ReadableStream<Uint8Array>, options.signal, idempotencyKey)
            : outcome.data;
        return new CallResult(
          transform(data, meta),
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
        await guardedHook(state, 'onRetry', () =>
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
      // The call has its outcome; a hook that never settles must not keep it from the caller.
      await raceSettled(
        runHook(config, 'onError', () =>
          config.hooks.onError?.({
            method: call.method,
            url: call.url,
            error,
            attempts: attempt + 1,
            idempotencyKey,
          }),
        ),
        deadline,
      );
    }
    throw error;
  } finally {
    // For a stream this releases the deadline once the head is in: the body is the caller's to read.
    deadline.dispose();
  }
}

/**
 * Waits for `promise` while the deadline has not fired; once it has (or if it already had), waits
 * no longer than that, so a stuck `onError` hook cannot hold back the error it was told about.
 */
function raceSettled(promise: Promise<void>, deadline: CallState['deadline']): Promise<void> {
  if (deadline.cause !== undefined) return Promise.race([promise, Promise.resolve()]);
  return deadline.race(promise).catch(() => undefined);
}
