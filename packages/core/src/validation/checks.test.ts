import { describe, expect, it } from 'vitest';
import {
  anyValue,
  array,
  type Check,
  nullable,
  number,
  object,
  oneOf,
  openEnum,
  optional,
  record,
  string,
  union,
} from './checks.js';
import type { SchemaIssue } from './schema-issue.js';
import { validator, validatorTable } from './validator-table.js';

const issuesOf = (check: Check, value: unknown): SchemaIssue[] => {
  const result = validator(check).safeParse(value);
  return result.success ? [] : [...result.error.issues];
};

describe('request checks', () => {
  const product = object({ name: string({ min: 1 }), price: number({ integer: true, min: 0 }) }, true);
  const body = object(
    {
      currency: string({ pattern: /^[A-Z]{3}$/ }),
      products: array(product, { min: 1, max: 2 }),
      email: optional(string({ format: 'email' })),
    },
    true,
    [[(value) => value.currency !== 'XXX', 'currency must not be XXX', 'currency']],
  );

  it('passes a valid value without copying it', () => {
    expect(validator(body).safeParse({ currency: 'USD', products: [{ name: 'a', price: 1 }] })).toEqual({
      success: true,
    });
  });

  it('reports every field with its path, expected type and zod-worded message', () => {
    expect(issuesOf(body, { currency: 'usd', products: [{ name: '', price: 12.5 }], email: 'x' })).toEqual([
      expect.objectContaining({ code: 'invalid_format', path: ['currency'], pattern: '/^[A-Z]{3}$/' }),
      expect.objectContaining({
        code: 'too_small',
        path: ['products', 0, 'name'],
        origin: 'string',
        minimum: 1,
      }),
      {
        code: 'invalid_type',
        path: ['products', 0, 'price'],
        expected: 'int',
        message: 'Invalid input: expected int, received number',
      },
      expect.objectContaining({ code: 'invalid_format', path: ['email'], format: 'email' }),
    ]);
  });

  it('lists unknown keys of a strict object in one issue and lets an open object keep them', () => {
    expect(issuesOf(product, { name: 'a', price: 1, amout: 1, extra: 2 })).toEqual([
      {
        code: 'unrecognized_keys',
        path: [],
        keys: ['amout', 'extra'],
        message: 'Unrecognized keys: "amout", "extra"',
      },
    ]);
    expect(issuesOf(object({ id: string() }), { id: 'a', added_later: true })).toEqual([]);
  });

  it('runs cross-field rules only once the fields have the right types', () => {
    expect(issuesOf(body, { currency: 'XXX', products: [{ name: 'a', price: 1 }] })).toEqual([
      { code: 'custom', path: ['currency'], message: 'currency must not be XXX' },
    ]);
    expect(issuesOf(body, { currency: 'XXX', products: 'none' }).map((issue) => issue.code)).toEqual([
      'invalid_type',
    ]);
  });

  it('reports too many items alone, before looking at them', () => {
    expect(issuesOf(array(string(), { max: 1 }), ['a', 1, 2])).toEqual([
      expect.objectContaining({ code: 'too_big', origin: 'array', maximum: 1 }),
    ]);
  });

  it('tells a missing key of `{}` from an undefined optional one', () => {
    expect(issuesOf(object({ data: anyValue }), {})).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['data'], expected: 'nonoptional' }),
    ]);
    expect(issuesOf(object({ data: optional(string()) }, true), { data: undefined })).toEqual([]);
  });

  it('limits the entries of a map', () => {
    expect(issuesOf(record(string(), 1), { a: 'x', b: 'y' })).toEqual([
      { code: 'custom', path: [], message: 'at most 1 entries' },
    ]);
  });
});

describe('response checks', () => {
  it('accept an enum value the platform added later, but not a non-string', () => {
    const status = openEnum(['paid', 'refunded']);
    expect(issuesOf(status, 'chargeback')).toEqual([]);
    expect(issuesOf(status, 3)).toEqual([expect.objectContaining({ code: 'invalid_union', path: [] })]);
    expect(issuesOf(oneOf(['paid']), 'chargeback')).toEqual([
      { code: 'invalid_value', path: [], values: ['paid'], message: 'Invalid input: expected "paid"' },
    ]);
  });

  it('give a union the issues of the one branch whose shape fits', () => {
    const key = union([string({ min: 5 }), object({ pem: string() })]);
    expect(issuesOf(key, 'abc')).toEqual([expect.objectContaining({ code: 'too_small', minimum: 5 })]);
    expect(issuesOf(nullable(string()), null)).toEqual([]);
  });
});

describe('validatorTable', () => {
  it("wraps each operation's checks as OperationCaller's validators", () => {
    const table = validatorTable({
      'things.create': {
        query: null,
        body: object({ n: number() }, true),
        bodyRequired: true,
        response: anyValue,
      },
    });
    expect(table['things.create'].query).toBeNull();
    expect(table['things.create'].bodyRequired).toBe(true);
    expect(table['things.create'].body?.safeParse({ n: 'x' }).success).toBe(false);
  });
});
