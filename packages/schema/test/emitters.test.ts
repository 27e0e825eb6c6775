import { describe, expect, it } from 'vitest';
import { tsType } from '../scripts/lib/emit-types.js';
import { zodExpr } from '../scripts/lib/emit-zod.js';
import { flattenAllOf, modeOf } from '../scripts/lib/schema-model.js';
import type { OpenApiDocument, SchemaObject } from '../scripts/lib/spec.js';

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
    expect(tsType(doc, inline, 'loose', 0)).toBe('{\n  n?: number;\n  [key: string]: unknown;\n}');
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
