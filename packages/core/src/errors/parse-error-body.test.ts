import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './parse-error-body.js';

describe('parseErrorBody (the gateway error shapes)', () => {
  it('reads { error, message, details } with a decline code', () => {
    expect(
      parseErrorBody({
        error: 'card_declined',
        message: 'The card was declined by the issuing bank.',
        details: { decline_code: 'insufficient_funds', param: 'payment_method' },
      }),
    ).toEqual({
      code: 'card_declined',
      message: 'The card was declined by the issuing bank.',
      declineCode: 'insufficient_funds',
      details: { decline_code: ['insufficient_funds'], param: ['payment_method'] },
    });
  });

  it('reads { error: "Bad Request", details: { field: [..] } } and summarises the first problem', () => {
    expect(
      parseErrorBody({ error: 'Bad Request', details: { 'client.email': ['This field is required.'] } }),
    ).toEqual({
      message: 'Bad Request: client.email: This field is required.',
      details: { 'client.email': ['This field is required.'] },
    });
  });

  it('reads { error, detail }', () => {
    expect(parseErrorBody({ error: 'Not Found', detail: 'Object with this ID does not exist.' })).toEqual({
      message: 'Object with this ID does not exist.',
    });
  });

  it('reads { __all__: [...] } and bare nested field maps', () => {
    expect(parseErrorBody({ __all__: ['Amount exceeds the captured total.'] })).toEqual({
      message: 'Amount exceeds the captured total.',
      details: { __all__: ['Amount exceeds the captured total.'] },
    });
    expect(parseErrorBody({ client: { email: ['Enter a valid email address.'] } })).toEqual({
      message: 'client.email: Enter a valid email address.',
      details: { 'client.email': ['Enter a valid email address.'] },
    });
  });

  it('reads nested list items with their index', () => {
    expect(parseErrorBody({ purchase: { products: [{ price: ['Must be ≥ 0.'] }] } }).details).toEqual({
      'purchase.products.0.price': ['Must be ≥ 0.'],
    });
  });

  it('yields nothing usable, without throwing, for non-object bodies', () => {
    expect(parseErrorBody(null)).toEqual({});
    expect(parseErrorBody(42)).toEqual({});
    expect(parseErrorBody([1, 2])).toEqual({});
    expect(parseErrorBody('  plain text  ')).toEqual({ message: 'plain text' });
  });
});

describe('parseErrorBody with hostile field names', () => {
  it('keeps __proto__ and toString as ordinary field names without touching prototypes', () => {
    const parsed = parseErrorBody(JSON.parse('{"__proto__": ["polluted"], "toString": {"x": ["y"]}}'));
    expect(Object.getPrototypeOf(parsed.details)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.details ?? {}, '__proto__')).toBe(true);
    expect(parsed.details?.['toString.x']).toEqual(['y']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
