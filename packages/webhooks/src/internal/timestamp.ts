import { fail } from '../errors.js';
import type { Clock, Tolerance } from '../types/clock.js';

const DEFAULT_TOLERANCE = 300;

/**
 * Parse a signed timestamp. Only whole seconds are valid; milliseconds, fractions and anything
 * non-numeric are refused with their own codes so misconfigured senders are easy to diagnose.
 */
export function parseTimestamp(value: string): number {
  if (!/^\d+$/.test(value)) {
    if (/^\d+\.\d+$/.test(value)) fail('TIMESTAMP_NOT_INTEGER', 'Timestamp has a fraction.');
    fail('TIMESTAMP_INVALID', 'Timestamp is not an integer.');
  }
  // Twelve digits or more cannot be seconds before the year 5138: it is milliseconds.
  if (value.length > 11) fail('TIMESTAMP_IN_MILLISECONDS', 'Timestamp is in milliseconds.');
  return Number(value);
}

/** Current time in whole seconds according to the configured clock. */
export function nowSeconds(clock: Clock | undefined): number {
  const value: unknown = typeof clock === 'function' ? clock() : (clock ?? Date.now());
  // A clock misread from configuration (a string, null) is the merchant's setup, not the delivery.
  const ms =
    typeof value === 'number'
      ? value
      : value instanceof Date
        ? +value
        : fail('INVALID_OPTIONS', 'now must be a Date or epoch milliseconds.');
  return Math.floor(ms / 1000);
}

/** Refuse a timestamp outside the tolerance window. */
export function checkTolerance(
  timestamp: number,
  clock: Clock | undefined,
  tolerance: Tolerance | undefined,
) {
  const past =
    typeof tolerance === 'object' ? (tolerance?.past ?? DEFAULT_TOLERANCE) : (tolerance ?? DEFAULT_TOLERANCE);
  const future =
    typeof tolerance === 'object'
      ? (tolerance?.future ?? DEFAULT_TOLERANCE)
      : (tolerance ?? DEFAULT_TOLERANCE);
  const now = nowSeconds(clock);
  // Written as `!(x <= limit)` so that a NaN anywhere (a tolerance read from an unset env var, an
  // invalid Date as the clock) refuses the delivery instead of silently switching the check off.
  if (!(now - timestamp <= past)) fail('TIMESTAMP_TOO_OLD', 'Timestamp too old.');
  if (!(timestamp - now <= future)) {
    fail('TIMESTAMP_IN_FUTURE', 'Timestamp in the future.');
  }
}
