import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues, formatPath } from './format-issues.js';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
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
  const product = z.strictObject({ name: z.string(), price: z.int().min(0) });
  const body = z.strictObject({
    brand_id: z.string(),
    client: z.strictObject({ email: z.email() }),
    purchase: z.strictObject({
      products: z.array(product).min(1),
      currency: z.string().regex(/^[A-Z]{3}$/),
    }),
    units: z.enum(['days', 'months']).optional(),
  });

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
    expect(issuesOf(z.strictObject({ amount: z.int() }), { amout: 1, amount: 1, extra: true })).toEqual([
      { path: 'amout', message: 'Unknown parameter' },
      { path: 'extra', message: 'Unknown parameter' },
    ]);
  });

  it('never repeats the offending value in a message', () => {
    const secretLooking = 'sk_live_should_not_be_echoed';
    const issues = issuesOf(z.strictObject({ email: z.email(), n: z.int() }), {
      email: secretLooking,
      n: secretLooking,
    });
    expect(JSON.stringify(issues)).not.toContain(secretLooking);
  });

  it('explains a negative amount with the minimum', () => {
    expect(issuesOf(product, { name: 'x', price: -1 })).toEqual([
      { path: 'price', message: 'Must be at least 0' },
    ]);
  });

  it('explains an empty list with the minimum item count', () => {
    expect(issuesOf(body.shape.purchase, { products: [], currency: 'USD' })).toEqual([
      { path: 'products', message: 'Must contain at least one item' },
    ]);
  });

  it('reports the closest branch of a union instead of a generic "Invalid input"', () => {
    const union = z.strictObject({
      key: z.union([z.string(), z.strictObject({ public_key: z.strictObject({ pem: z.string() }) })]),
    });
    expect(issuesOf(union, { key: { public_key: { pem: 1 } } })).toEqual([
      { path: 'key.public_key.pem', message: 'Expected a string, received a number' },
    ]);
  });
});
