import { array, type Check, number, object, oneOf, optional, string, union, validator } from '@ummah/core';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath } from './format-issues.js';

// Issues come from core's check functions, which the generated checks.ts is built from.
const issuesOf = (check: Check, input: unknown) => {
  const result = validator(check).safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return formatIssues(result.error.issues, input);
};

describe('formatPath', () => {
  it('joins segments with dots, indices included, like the gateway details keys', () => {
    expect(formatPath(['purchase', 'products', 0, 'price'])).toBe('purchase.products.0.price');
  });

  it('returns an empty path for the argument as a whole', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('formatIssues', () => {
  const product = object({ name: string(), price: number({ integer: true, min: 0 }) }, true);
  const purchase = object(
    { products: array(product, { min: 1 }), currency: string({ pattern: /^[A-Z]{3}$/ }) },
    true,
  );
  const body = object(
    {
      brand_id: string(),
      client: object({ email: string({ format: 'email' }) }, true),
      purchase,
      units: optional(oneOf(['days', 'months'])),
    },
    true,
  );

  it('reports a missing field as Required rather than as a type error', () => {
    expect(
      issuesOf(body, {
        client: { email: 'a@b.co' },
        purchase: { products: [{ name: 'x', price: 1 }], currency: 'USD' },
      }),
    ).toEqual([{ path: 'brand_id', message: 'Required' }]);
  });

  it('lists every offending field of one input, each with its own path', () => {
    const issues = issuesOf(body, {
      brand_id: 'b',
      client: { email: 'not-an-email' },
      purchase: { products: [{ name: 'x', price: 12.5 }], currency: 'usd' },
      units: 'weeks',
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'client.email',
      'purchase.products.0.price',
      'purchase.currency',
      'units',
    ]);
    expect(issues[0]?.message).toBe('Must be a valid email address');
    expect(issues[1]?.message).toMatch(/^Expected an integer in the smallest currency unit/);
    expect(issues[2]?.message).toMatch(/3-letter ISO 4217 currency code/);
    expect(issues[3]?.message).toBe('Must be one of: "days", "months"');
  });

  it('reports each unknown key on its own path so a typo points at itself', () => {
    expect(
      issuesOf(object({ amount: number({ integer: true }) }, true), { amout: 1, amount: 1, extra: true }),
    ).toEqual([
      { path: 'amout', message: 'Unknown parameter' },
      { path: 'extra', message: 'Unknown parameter' },
    ]);
  });

  it('never repeats the offending value in a message', () => {
    const secretLooking = 'sk_live_should_not_be_echoed';
    const issues = issuesOf(
      object({ email: string({ format: 'email' }), n: number({ integer: true }) }, true),
      {
        email: secretLooking,
        n: secretLooking,
      },
    );
    expect(JSON.stringify(issues)).not.toContain(secretLooking);
  });

  it('explains a negative amount with the minimum', () => {
    expect(issuesOf(product, { name: 'x', price: -1 })).toEqual([
      { path: 'price', message: 'Must be at least 0' },
    ]);
  });

  it('explains an empty list with the minimum item count', () => {
    expect(issuesOf(purchase, { products: [], currency: 'USD' })).toEqual([
      { path: 'products', message: 'Must contain at least one item' },
    ]);
  });

  it('reports the closest branch of a union instead of a generic "Invalid input"', () => {
    const keyed = object(
      { key: union([string(), object({ public_key: object({ pem: string() }, true) }, true)]) },
      true,
    );
    expect(issuesOf(keyed, { key: { public_key: { pem: 1 } } })).toEqual([
      { path: 'key.public_key.pem', message: 'Expected a string, received a number' },
    ]);
  });
});
