import { describe, expect, it } from 'vitest';
import { checkTolerance, nowSeconds, parseTimestamp } from './timestamp.js';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('parseTimestamp', () => {
  it('accepts whole seconds', () => {
    expect(parseTimestamp('1763776800')).toBe(1_763_776_800);
  });

  it.each([
    ['1763776800000', 'TIMESTAMP_IN_MILLISECONDS'],
    ['1763776800.5', 'TIMESTAMP_NOT_INTEGER'],
    ['123abc', 'TIMESTAMP_INVALID'],
    ['-5', 'TIMESTAMP_INVALID'],
    ['+5', 'TIMESTAMP_INVALID'],
    ['1e9', 'TIMESTAMP_INVALID'],
    ['', 'TIMESTAMP_INVALID'],
  ])('refuses %j with %s', (value, expected) => {
    expect(code(() => parseTimestamp(value))).toBe(expected);
  });
});

describe('checkTolerance', () => {
  const now = 1_000_000 * 1000;

  it('allows 300 seconds either way by default', () => {
    expect(code(() => checkTolerance(1_000_000 - 300, now, undefined))).toBe('ok');
    expect(code(() => checkTolerance(1_000_000 - 301, now, undefined))).toBe('TIMESTAMP_TOO_OLD');
    expect(code(() => checkTolerance(1_000_000 + 300, now, undefined))).toBe('ok');
    expect(code(() => checkTolerance(1_000_000 + 301, now, undefined))).toBe('TIMESTAMP_IN_FUTURE');
  });

  it('applies separate past and future tolerances, defaulting the missing one', () => {
    expect(code(() => checkTolerance(1_000_000 - 3000, now, { past: 3600 }))).toBe('ok');
    expect(code(() => checkTolerance(1_000_000 + 301, now, { past: 3600 }))).toBe('TIMESTAMP_IN_FUTURE');
    expect(code(() => checkTolerance(1_000_000 + 10, now, { future: 0 }))).toBe('TIMESTAMP_IN_FUTURE');
  });

  it('disables the window with Infinity', () => {
    expect(code(() => checkTolerance(0, now, Number.POSITIVE_INFINITY))).toBe('ok');
  });
});

describe('nowSeconds', () => {
  it('reads Dates, epoch milliseconds and clock functions', () => {
    expect(nowSeconds(new Date(1_500_999))).toBe(1500);
    expect(nowSeconds(1_500_999)).toBe(1500);
    expect(nowSeconds(() => 2_000_000)).toBe(2000);
    expect(nowSeconds(() => new Date(3_000_000))).toBe(3000);
  });
});
