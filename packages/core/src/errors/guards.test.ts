import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NotFoundError, type RateLimitError } from './api-error.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './connection-errors.js';
import { createAPIError } from './create-api-error.js';
import * as guards from './guards.js';
import { ConfigurationError, InvalidRequestError } from './request-errors.js';

describe('error type guards', () => {
  it('recognise errors created by another copy of the package (separate module instances)', async () => {
    // A second, independent evaluation of the modules, as when an app loads both ESM and CJS builds.
    const specifier = './api-error.js?copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('./api-error.js');
    const foreign = new copy.NotFoundError({ status: 404, code: 'not_found', message: 'x' });
    expect(foreign).not.toBeInstanceOf(NotFoundError);
    expect(guards.isNotFoundError(foreign)).toBe(true);
    expect(guards.isAPIError(foreign)).toBe(true);
    expect(guards.isUmmahError(foreign)).toBe(true);
    expect(guards.isRateLimitError(foreign)).toBe(false);
  });

  it('follow the class hierarchy', () => {
    const timeout = new APIConnectionTimeoutError(100);
    expect(guards.isAPIConnectionTimeoutError(timeout)).toBe(true);
    expect(guards.isAPIConnectionError(timeout)).toBe(true);
    expect(guards.isAPIError(timeout)).toBe(false);
    expect(guards.isAPIUserAbortError(new APIUserAbortError())).toBe(true);
    expect(guards.isAPIConnectionError(new APIUserAbortError())).toBe(false);
    expect(guards.isInvalidRequestError(new InvalidRequestError('x'))).toBe(true);
    expect(guards.isConfigurationError(new ConfigurationError('x'))).toBe(true);
    expect(guards.isRateLimitError(createAPIError({ status: 429, code: 'r', message: 'm' }))).toBe(true);
  });

  it('reject look-alikes and non-objects', () => {
    for (const value of [
      null,
      undefined,
      'NotFoundError',
      404,
      new Error('x'),
      { code: 'not_found', status: 404 },
    ]) {
      expect(guards.isUmmahError(value)).toBe(false);
    }
  });

  it('sit on errors with stable codes, names and causes', () => {
    const cause = new Error('ECONNRESET');
    const error = new APIConnectionError(undefined, { cause, idempotencyKey: 'k' });
    expect([error.name, error.code, error.cause, error.idempotencyKey]).toEqual([
      'APIConnectionError',
      'connection_error',
      cause,
      'k',
    ]);
    const rl = createAPIError({
      status: 429,
      code: 'rate_limit_exceeded',
      message: 'slow down',
      retryAfter: 2,
    });
    expect((rl as RateLimitError).retryAfter).toBe(2);
    expect(rl.toJSON()).toMatchObject({ name: 'RateLimitError', status: 429, retryAfter: 2 });
    expect(inspect(rl)).toContain('"code": "rate_limit_exceeded"');
  });
});
