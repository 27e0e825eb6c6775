import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
import { buildAPIError } from './build-api-error.js';

const base = {
  headers: new Headers(),
  idempotencyKey: 'idem-1',
  requestIdHeader: 'x-request-id',
  secrets: [],
};

describe('buildAPIError', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, PaymentRequiredError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('maps status %i to its class', (status, klass) => {
    const error = buildAPIError({ ...base, status, text: '' });
    expect(error).toBeInstanceOf(klass);
    expect(error.status).toBe(status);
  });

  it('carries code, details, decline code, request id, raw body and idempotency key of a 402', () => {
    const error = buildAPIError({
      ...base,
      status: 402,
      headers: new Headers({ 'x-request-id': 'req_1' }),
      text: JSON.stringify({
        error: 'card_declined',
        message: 'Declined.',
        details: { decline_code: 'expired_card' },
      }),
    }) as PaymentRequiredError;
    expect(error.code).toBe('card_declined');
    expect(error.message).toBe('402 Declined.');
    expect(error.declineCode).toBe('expired_card');
    expect(error.details).toEqual({ decline_code: ['expired_card'] });
    expect(error.requestId).toBe('req_1');
    expect(error.idempotencyKey).toBe('idem-1');
    expect(error.body).toEqual({
      error: 'card_declined',
      message: 'Declined.',
      details: { decline_code: 'expired_card' },
    });
  });

  it('derives a stable code from the status when the body has none', () => {
    expect(buildAPIError({ ...base, status: 404, text: '{"error":"Not Found","detail":"x"}' }).code).toBe(
      'not_found',
    );
    expect(buildAPIError({ ...base, status: 502, text: '' }).code).toBe('server_error');
  });

  it('uses a provider parser, and falls back to the default when that parser throws', () => {
    const custom = buildAPIError({
      ...base,
      status: 400,
      text: '{"errors":[{"code":"amount_invalid","msg":"bad amount"}]}',
      parser: () => ({ code: 'amount_invalid', message: 'bad amount', details: { amount: ['bad amount'] } }),
    });
    expect([custom.code, custom.message, custom.details]).toEqual([
      'amount_invalid',
      '400 bad amount',
      { amount: ['bad amount'] },
    ]);
    const fallback = buildAPIError({
      ...base,
      status: 404,
      text: '{"detail":"gone"}',
      parser: () => {
        throw new Error('boom');
      },
    });
    expect(fallback.message).toBe('404 gone');
  });

  it('masks the API key wherever the gateway echoes it', () => {
    const key = 'sk_live_SUPERSECRET123';
    const error = buildAPIError({
      ...base,
      status: 401,
      secrets: [key],
      text: JSON.stringify({
        error: 'invalid_api_key',
        message: `Key ${key} is revoked`,
        details: { key: [key] },
      }),
    });
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${JSON.stringify(error.body)}`;
    expect(everything).not.toContain(key);
    expect(error.message).toBe('401 Key [REDACTED] is revoked');
  });

  it('never throws and always yields an APIError with a bounded message, whatever the body', () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            error: fc.oneof(fc.string(), fc.jsonValue()),
            message: fc.oneof(fc.string(), fc.jsonValue()),
            detail: fc.oneof(fc.string(), fc.jsonValue()),
            details: fc.jsonValue(),
            __all__: fc.jsonValue(),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
      fc.uint8Array().map((bytes) => new TextDecoder().decode(bytes)),
      // Field names that collide with Object.prototype or with the envelope's own keys.
      fc
        .dictionary(
          fc.constantFrom(
            '__proto__',
            'toString',
            'constructor',
            'hasOwnProperty',
            'error',
            'details',
            'detail',
            'field',
          ),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 599 }), bodies, (status, text) => {
        const error = buildAPIError({ ...base, status, text });
        expect(error).toBeInstanceOf(APIError);
        expect(error.status).toBe(status);
        expect(typeof error.code).toBe('string');
        expect(error.code.length).toBeGreaterThan(0);
        expect(error.message.length).toBeLessThanOrEqual(510);
        for (const messages of Object.values(error.details)) {
          expect(messages.every((m) => typeof m === 'string')).toBe(true);
        }
      }),
    );
  });
});
