import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_TIMING, JITTER_RATIO } from './backoff.js';

describe('backoffDelay', () => {
  it('starts at 0.5 s and doubles per retry until the 8 s cap (without jitter)', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, DEFAULT_RETRY_TIMING, 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('stays within [0.75 × nominal, nominal] and never exceeds the cap, for any retry and jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        (retry, random, initialDelayMs, maxDelayMs) => {
          const timing = { initialDelayMs, maxDelayMs, maxRetryAfterMs: 60_000 };
          const delay = backoffDelay(retry, timing, random);
          const nominal = Math.min(initialDelayMs * 2 ** Math.min(retry, 30), maxDelayMs);
          expect(delay).toBeLessThanOrEqual(nominal);
          expect(delay).toBeGreaterThanOrEqual(nominal * (1 - JITTER_RATIO) - 1e-9);
          expect(delay).toBeLessThanOrEqual(maxDelayMs);
          expect(Number.isFinite(delay)).toBe(true);
        },
      ),
    );
  });

  it('is non-decreasing in the retry number for a fixed jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (retry, random) => {
          expect(backoffDelay(retry + 1, DEFAULT_RETRY_TIMING, random)).toBeGreaterThanOrEqual(
            backoffDelay(retry, DEFAULT_RETRY_TIMING, random),
          );
        },
      ),
    );
  });
});
