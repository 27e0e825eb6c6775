import { describe, expect, it } from 'vitest';
import { isReplaySafe, isRetryableResponse } from './retry-policy.js';

describe('retry policy', () => {
  it('retries 408, 429 and every 5xx, and none of 400/401/402/403/404/409/422', () => {
    const none = new Headers();
    for (const status of [408, 429, 500, 502, 503, 504, 599])
      expect(isRetryableResponse(status, none)).toBe(true);
    for (const status of [400, 401, 402, 403, 404, 409, 422])
      expect(isRetryableResponse(status, none)).toBe(false);
  });

  it('lets x-should-retry override the status', () => {
    expect(isRetryableResponse(409, new Headers({ 'x-should-retry': 'true' }))).toBe(true);
    expect(isRetryableResponse(503, new Headers({ 'x-should-retry': 'false' }))).toBe(false);
  });

  it('never retries a 402 or a redirect, even when x-should-retry says true', () => {
    const yes = new Headers({ 'x-should-retry': 'true' });
    for (const status of [402, 301, 302, 307, 308]) expect(isRetryableResponse(status, yes)).toBe(false);
  });

  it('replays POST and PATCH only with an idempotency key', () => {
    expect(isReplaySafe('GET', undefined)).toBe(true);
    expect(isReplaySafe('PUT', undefined)).toBe(true);
    expect(isReplaySafe('DELETE', undefined)).toBe(true);
    expect(isReplaySafe('POST', undefined)).toBe(false);
    expect(isReplaySafe('PATCH', '')).toBe(false);
    expect(isReplaySafe('POST', 'k')).toBe(true);
  });
});
