import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { literal } from '../scripts/lib/code.js';
import { tsDeclaration, tsType } from '../scripts/lib/emit-types.js';
import { zodExpr } from '../scripts/lib/emit-zod.js';
import { collectOperations } from '../scripts/lib/operations.js';
import { describeRule, flattenAllOf, modeOf, objectRules } from '../scripts/lib/schema-model.js';
import { checkSchemaKeywords, type OpenApiDocument, type SchemaObject } from '../scripts/lib/spec.js';

/** A minimal document holding the given component schemas. */
function docWith(schemas: Record<string, SchemaObject>): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
}

const doc = docWith({
  Base: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, note: { type: 'string' } },
  },
  Status: { type: 'string', enum: ['a', 'b'], 'x-open-enum': true },
  Body: {
    type: 'object',
    additionalProperties: false,
    required: ['amount'],
    properties: { amount: { type: 'integer', minimum: 0 } },
  },
});

describe('the emitters', () => {
  it('write `type: [X, "null"]` as a nullable X', () => {
    const schema: SchemaObject = { type: ['string', 'null'] };
    expect(tsType(doc, schema, 'loose', 0)).toBe('string | null');
    expect(zodExpr(doc, schema, 'loose', 0)).toBe('z.string().nullable()');
  });

  it('write `anyOf: [$ref, {type: "null"}]` as a nullable reference', () => {
    const schema: SchemaObject = { anyOf: [{ $ref: '#/components/schemas/Base' }, { type: 'null' }] };
    expect(tsType(doc, schema, 'loose', 0)).toBe('Base | null');
    expect(zodExpr(doc, schema, 'loose', 0)).toBe('BaseSchema.nullable()');
  });

  it('open inline enums of responses and close those of requests', () => {
    const schema: SchemaObject = { type: 'string', enum: ['x', 'y'] };
    expect(tsType(doc, schema, 'loose', 0)).toBe("'x' | 'y' | (string & {})");
    expect(zodExpr(doc, schema, 'loose', 0)).toBe("openEnum(['x', 'y'])");
    expect(tsType(doc, schema, 'strict', 0)).toBe("'x' | 'y'");
    expect(zodExpr(doc, schema, 'strict', 0)).toBe("z.enum(['x', 'y'])");
  });

  it('enforce integer bounds and string formats only in strict mode', () => {
    const amount: SchemaObject = { type: 'integer', minimum: 0 };
    expect(zodExpr(doc, amount, 'strict', 0)).toBe('z.int().min(0)');
    expect(zodExpr(doc, amount, 'loose', 0)).toBe('z.number()');
    const email: SchemaObject = { type: 'string', format: 'email', maxLength: 254 };
    expect(zodExpr(doc, email, 'strict', 0)).toBe('z.email().max(254)');
    expect(zodExpr(doc, email, 'loose', 0)).toBe('z.string()');
  });

  it('turn maps into records and property objects into loose or strict objects', () => {
    const map: SchemaObject = {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    };
    expect(tsType(doc, map, 'loose', 0)).toBe('Record<string, string[]>');
    expect(zodExpr(doc, map, 'loose', 0)).toBe('z.record(z.string(), z.array(z.string()))');
    const inline: SchemaObject = { type: 'object', properties: { n: { type: 'number' } } };
    expect(zodExpr(doc, inline, 'loose', 0)).toBe('z.looseObject({\n  n: z.number().optional(),\n})');
    // The zod schema passes unknown keys through; the type declares none, so typos fail to compile.
    expect(tsType(doc, inline, 'loose', 0)).toBe('{\n  n?: number;\n}');
    // A request object that does not forbid extra keys keeps accepting them, as before.
    expect(tsType(doc, inline, 'strict', 0)).toBe('{\n  n?: number;\n  [key: string]: unknown;\n}');
  });

  it('merge allOf members, and with x-partial keep only what the schema itself requires', () => {
    const full = flattenAllOf(doc, { allOf: [{ $ref: '#/components/schemas/Base' }] });
    expect(full.required).toEqual(['id']);
    const partial = flattenAllOf(doc, {
      'x-partial': true,
      required: ['note'],
      allOf: [{ $ref: '#/components/schemas/Base' }],
    });
    expect(Object.keys(partial.properties ?? {})).toEqual(['id', 'note']);
    expect(partial.required).toEqual(['note']);
  });

  it('classify schemas: strict when they forbid extra keys or are closed, loose otherwise', () => {
    expect(modeOf(doc, doc.components.schemas.Body as SchemaObject)).toBe('strict');
    expect(modeOf(doc, doc.components.schemas.Base as SchemaObject)).toBe('loose');
    expect(modeOf(doc, doc.components.schemas.Status as SchemaObject)).toBe('loose');
    expect(modeOf(doc, { type: 'string', pattern: '^[A-Z]{3}$' })).toBe('strict');
  });

  it('refuse an allOf that mixes an object with a scalar', () => {
    expect(() => flattenAllOf(doc, { allOf: [{ type: 'string' }] })).toThrow(
      'allOf may only combine objects',
    );
  });
});

/** An emitted zod expression as a schema; it may use `z` and the generated `openEnum` helper. */
function evaluate(expr: string): z.ZodType {
  const openEnum = (values: [string, ...string[]]) => z.union([z.enum(values), z.string()]);
  return new Function('z', 'openEnum', `return ${expr};`)(z, openEnum) as z.ZodType;
}

/**
 * The `if`/`then` keywords of a schema, built from entries so the object never looks like a
 * promise (`then`) to linters.
 */
function rule(condition?: SchemaObject, consequence?: SchemaObject): SchemaObject {
  const entries: Array<[string, SchemaObject]> = [];
  if (condition) entries.push(['if', condition]);
  if (consequence) entries.push(['then', consequence]);
  return Object.fromEntries(entries) as SchemaObject;
}

const refundBase: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: {
    reason: { type: 'string', enum: ['duplicate', 'other'] },
    description: { type: 'string' },
    value: { type: 'number' },
  },
};
const whenOther: SchemaObject = { properties: { reason: { const: 'other' } }, required: ['reason'] };
const refund: SchemaObject = {
  ...refundBase,
  ...rule(whenOther, {
    required: ['description'],
    properties: { description: {}, value: { minimum: 1, maximum: 100 } },
  }),
};

describe('cross-field rules of request objects', () => {
  it('read if/then as rules, and say them in words', () => {
    const rules = objectRules(refund);
    expect(rules.map(describeRule)).toEqual([
      "description is required when reason is 'other'",
      "value must be at least 1 and at most 100 when reason is 'other'",
    ]);
  });

  it('enforce them on requests, pointing at the field', () => {
    const schema = evaluate(zodExpr(docWith({}), refund, 'strict', 0));
    expect(schema.safeParse({ reason: 'duplicate' }).success).toBe(true);
    const missing = schema.safeParse({ reason: 'other' });
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['description', "description is required when reason is 'other'"],
    ]);
    expect(schema.safeParse({ reason: 'other', description: 'x', value: 101 }).success).toBe(false);
    expect(schema.safeParse({ reason: 'other', description: 'x', value: 100 }).success).toBe(true);
    expect(schema.safeParse({ reason: 'duplicate', value: 101 }).success).toBe(true);
  });

  it('read a required-only anyOf as "one of these is required", not as a union', () => {
    const order: SchemaObject = {
      type: 'object',
      additionalProperties: false,
      properties: { amount: { type: 'number' }, variant_id: { type: 'string' } },
      anyOf: [{ required: ['amount'] }, { required: ['variant_id'] }],
    };
    expect(modeOf(docWith({}), order)).toBe('strict');
    expect(tsType(docWith({}), order, 'strict', 0)).toBe('{\n  amount?: number;\n  variant_id?: string;\n}');
    const schema = evaluate(zodExpr(docWith({}), order, 'strict', 0));
    expect(schema.safeParse({}).error?.issues[0]?.message).toBe('amount or variant_id is required');
    expect(schema.safeParse({ variant_id: 'v' }).success).toBe(true);
  });

  it('write the rules into the JSDoc of the request type', () => {
    const declaration = tsDeclaration(docWith({ Refund: { ...refund, description: 'Body.' } }), 'Refund');
    expect(declaration).toContain(" * Also checked:\n * - description is required when reason is 'other'.");
  });

  it('leave them out of responses, which only check structure', () => {
    const open: SchemaObject = { ...refund, additionalProperties: undefined };
    delete open.additionalProperties;
    const schema = evaluate(zodExpr(docWith({}), open, 'loose', 0));
    expect(schema.safeParse({ reason: 'other' }).success).toBe(true);
  });

  it.each([
    [
      'an if without required (it would hold when the field is absent)',
      rule({ properties: { reason: { const: 'other' } } }, { required: ['description'] }),
      'if must be',
    ],
    ['a then without an if', rule(undefined, { required: ['description'] }), 'if and then go together'],
    ['a then that requires an unknown field', rule(whenOther, { required: ['nope'] }), 'nope'],
    [
      'a then that requires an always-required field',
      rule(whenOther, { required: ['reason'] }),
      'always required',
    ],
    [
      'a then with other keywords',
      rule(whenOther, { properties: { value: { pattern: 'x' } } }),
      'numeric bounds',
    ],
  ])('refuse %s', (_label, conditional, message) => {
    expect(() => objectRules({ ...refundBase, ...conditional })).toThrow(message);
  });
});

describe('maps with a size limit', () => {
  const metadata: SchemaObject = {
    type: 'object',
    maxProperties: 2,
    additionalProperties: { type: 'string' },
  };

  it('are enforced on requests only', () => {
    const strict = evaluate(zodExpr(docWith({}), metadata, 'strict', 0));
    expect(strict.safeParse({ a: '1', b: '2' }).success).toBe(true);
    expect(strict.safeParse({ a: '1', b: '2', c: '3' }).error?.issues[0]?.message).toBe('at most 2 entries');
    const loose = evaluate(zodExpr(docWith({}), metadata, 'loose', 0));
    expect(loose.safeParse({ a: '1', b: '2', c: '3' }).success).toBe(true);
  });

  it('are refused on objects with properties', () => {
    expect(() =>
      zodExpr(
        docWith({}),
        { type: 'object', maxProperties: 1, properties: { a: { type: 'string' } } },
        'strict',
        0,
      ),
    ).toThrow('maxProperties applies to maps only');
  });
});

describe('the generator input checks', () => {
  it('refuse unknown schema keywords, naming where they are', () => {
    const doc = docWith({
      Thing: { type: 'object', properties: { tags: { type: 'array', uniqueItems: true } as SchemaObject } },
    });
    expect(() => checkSchemaKeywords(doc)).toThrow('Thing.tags: unsupported schema keyword uniqueItems');
  });

  it('enforce the trailing-slash rule of each description both ways', () => {
    const op = { operationId: 'things.list', responses: { '204': { description: 'none' } } };
    const withSlash: OpenApiDocument = { ...docWith({}), paths: { '/things/': { get: op } } };
    const without: OpenApiDocument = { ...docWith({}), paths: { '/things': { get: op } } };
    expect(collectOperations(withSlash, { trailingSlash: true })[0]?.path).toBe('/things/');
    expect(collectOperations(without, { trailingSlash: false })[0]?.path).toBe('/things');
    expect(() => collectOperations(without, { trailingSlash: true })).toThrow('keep their trailing slash');
    expect(() => collectOperations(withSlash, { trailingSlash: false })).toThrow('no trailing slash');
  });

  it('print JSON values as TypeScript literals for the JSDoc examples', () => {
    expect(literal({ amount: 2999, events: ['a.b'], 'odd-key': null, on: true, nested: {} })).toBe(
      "{ amount: 2999, events: ['a.b'], 'odd-key': null, on: true, nested: {} }",
    );
  });
});
