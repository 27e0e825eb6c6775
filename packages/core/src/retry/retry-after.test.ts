import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const h = (init: Record<string, string>): Headers => new Headers(init);
const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds, including fractions', () => {
    expect(parseRetryAfter(h({ 'retry-after': '3' }), NOW)).toBe(3000);
    expect(parseRetryAfter(h({ 'retry-after': '0.5' }), NOW)).toBe(500);
  });

  it('reads an HTTP date relative to now, clamping past dates to 0', () => {
    expect(parseRetryAfter(h({ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }), NOW)).toBe(7000);
    expect(parseRetryAfter(h({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), NOW)).toBe(0);
  });

  it('prefers retry-after-ms over Retry-After', () => {
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }), NOW)).toBe(250);
  });

  it('ignores absent, negative and garbage values', () => {
    expect(parseRetryAfter(h({}), NOW)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': '-1' }), NOW)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': 'soon' }), NOW)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after-ms': 'abc' }), NOW)).toBeUndefined();
  });
});
