/** Tuning of the retry delays. All values in milliseconds. */
export interface RetryTiming {
  /**
   * Delay before the first retry; doubles on each further retry.
   * @default 500
   */
  initialDelayMs?: number;
  /**
   * Upper bound of the exponential backoff.
   * @default 8000
   */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` / `retry-after-ms` the client will honour. A longer request from the
   * gateway ends the retries and surfaces the error (with `retryAfter`) so the app can reschedule.
   * @default 60000
   */
  maxRetryAfterMs?: number;
}

/** {@link RetryTiming} with every field filled in. */
export type ResolvedRetryTiming = Required<RetryTiming>;

/** Default retry timing: 0.5 s doubling to an 8 s cap; Retry-After honoured up to 60 s. */
export const DEFAULT_RETRY_TIMING: ResolvedRetryTiming = {
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Share of the nominal delay that jitter may remove (de-synchronises clients retrying together). */
export const JITTER_RATIO = 0.25;

/**
 * Delay before retry number `retry` (0 for the first retry): `initial × 2^retry`, capped at
 * `maxDelayMs`, minus up to 25 % random jitter. Always within
 * `[(1 − 0.25) × nominal, nominal]` where `nominal = min(initial × 2^retry, max)`.
 *
 * @param random - a number in [0, 1); injectable for tests.
 */
export function backoffDelay(
  retry: number,
  timing: ResolvedRetryTiming = DEFAULT_RETRY_TIMING,
  random: number = Math.random(),
): number {
  const exponent = Math.min(Math.max(0, retry), 30); // 2^30 × anything already exceeds any cap
  const nominal = Math.min(timing.initialDelayMs * 2 ** exponent, timing.maxDelayMs);
  return nominal * (1 - JITTER_RATIO * Math.min(Math.max(random, 0), 1));
}
