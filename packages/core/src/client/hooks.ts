import type { UmmahError } from '../errors/ummah-error.js';

/** Passed to {@link Hooks.onRequest} before each attempt. */
export interface RequestHookContext {
  method: string;
  url: string;
  /**
   * Outgoing headers, lower-case names, WITHOUT the authentication headers (they are added after
   * the hook so hooks can never leak the key). Mutate to add headers, e.g. tracing ids.
   */
  headers: Record<string, string>;
  /** 0 for the first attempt, 1 for the first retry … */
  attempt: number;
  idempotencyKey: string | undefined;
}

/** Passed to {@link Hooks.onResponse} for every response received, error statuses included. */
export interface ResponseHookContext {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  attempt: number;
  idempotencyKey: string | undefined;
  /** Time from sending the request to receiving the response head. */
  durationMs: number;
}

/** Passed to {@link Hooks.onRetry} before the client waits and retries. */
export interface RetryHookContext {
  method: string;
  url: string;
  /** The attempt that failed (0-based). */
  attempt: number;
  /** How long the client will wait before the next attempt. */
  delayMs: number;
  /** Why: the API or connection error of the failed attempt. */
  error: UmmahError;
  idempotencyKey: string | undefined;
}

/** Passed to {@link Hooks.onError} once, when a call finally fails. */
export interface ErrorHookContext {
  method: string;
  url: string;
  error: UmmahError;
  /** Attempts made (1 when the first attempt failed without retries). */
  attempts: number;
  idempotencyKey: string | undefined;
}

/**
 * Observability hooks. They may be async (the call waits for them). An exception thrown by a hook
 * is logged at `warn` and otherwise ignored: instrumentation must never break a payment.
 *
 * @example
 * hooks: { onRetry: ({ attempt, delayMs, error }) => metrics.increment('ummah.retry', { code: error.code }) }
 */
export interface Hooks {
  onRequest?: (context: RequestHookContext) => void | Promise<void>;
  onResponse?: (context: ResponseHookContext) => void | Promise<void>;
  onRetry?: (context: RetryHookContext) => void | Promise<void>;
  onError?: (context: ErrorHookContext) => void | Promise<void>;
}
