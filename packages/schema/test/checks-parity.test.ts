import { type Check, validator } from '@ummah/core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as pebblepayChecks from '../pebblepay/checks.js';
import * as pebblepaySchemas from '../pebblepay/schemas.js';
import * as plexosChecks from '../plexos/checks.js';
import * as plexosSchemas from '../plexos/schemas.js';
import * as plugipayChecks from '../plugipay/checks.js';
import * as plugipaySchemas from '../plugipay/schemas.js';
import * as plumaasChecks from '../plumaas/checks.js';
import * as plumaasSchemas from '../plumaas/schemas.js';
import { flattenAllOf, nonNullTypes } from '../scripts/lib/schema-model.js';
import { type OpenApiDocument, resolveRef, type SchemaObject } from '../scripts/lib/spec.js';
import * as ummahChecks from '../ummah/checks.js';
import * as ummahSchemas from '../ummah/schemas.js';
import {
  legacyDecimalAmountBody,
  quickstartBody,
  requestExamples,
  responseExamples,
} from './fixtures/reference.js';
import { loadDescription } from './helpers/spec.js';

/**
 * The clients validate with checks.ts (core's small check functions); the mock gateway and the
 * type-level tests use schemas.ts (zod). Both are generated from one description: here every
 * component is fed the same inputs through both, and the issues must be the same — code, path,
 * expected type, bounds, formats, enum values, unknown keys, union branches, rule messages — since
 * those are what the SDK's messages are worded from.
 */

type Issue = Record<string, unknown> & { code: string; path: readonly PropertyKey[] };

/**
 * The fields of an issue that messages are built from, and its English message (which the provider
 * clients show as it is). zod's notes, received types and built-in format patterns are its own.
 */
function normalize(issues: readonly Issue[]): unknown[] {
  return issues.map((issue) => {
    const { note, received, pattern, errors, format, ...rest } = issue;
    const out: Record<string, unknown> = { ...rest, path: issue.path.map(String) };
    if (format !== undefined) out.format = format;
    if (format === 'regex') out.pattern = pattern;
    if (errors !== undefined) out.errors = (errors as Issue[][]).map(normalize);
    return out;
  });
}

/** A value for `schema` that uses every property, its first union branch and a plausible scalar. */
function sample(doc: OpenApiDocument, schema: SchemaObject, depth = 0): unknown {
  if (depth > 8) return {};
  if (schema.$ref) return sample(doc, resolveRef<SchemaObject>(doc, schema.$ref, 'schemas'), depth + 1);
  if (schema.allOf) return sample(doc, flattenAllOf(doc, schema), depth + 1);
  const variants = (schema.oneOf ?? schema.anyOf)?.filter((v) => v.type !== 'null' && !v.required);
  if (variants && variants.length > 0 && !schema.properties)
    return sample(doc, variants[0] as SchemaObject, depth + 1);
  if (schema.enum) return schema.enum[0];
  const type = nonNullTypes(schema)[0];
  switch (type) {
    case 'string':
      if (schema.format === 'email') return 'merchant@example.com';
      if (schema.format === 'uri') return 'https://example.com/return';
      if (schema.format === 'date-time') return '2025-01-31T12:00:00Z';
      if (schema.pattern === '^[A-Z]{2}$') return 'US';
      if (schema.pattern) return 'USD';
      return 'text';
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.items ? [sample(doc, schema.items, depth + 1)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {}))
        out[name] = sample(doc, prop, depth + 1);
      if (!schema.properties && typeof schema.additionalProperties === 'object')
        out.key = sample(doc, schema.additionalProperties, depth + 1);
      return out;
    }
    default:
      return null;
  }
}

/** What a careless caller might put anywhere. */
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '135.00',
  13500.5,
  -1,
  0,
  2 ** 60,
  Number.NaN,
  '',
  'x'.repeat(600),
  'not a url or email',
  '2025-02-30T00:00:00Z',
  'usd',
  true,
  [],
  [1, 'a', null],
  {},
  { unknown_field: 1 },
];

/** `value` with the value at each path in turn replaced by each of {@link REPLACEMENTS}, and an unknown key added to each object. */
function* variations(value: unknown, depth = 0): Generator<unknown> {
  yield value;
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < Math.min(value.length, 2); i++) {
      for (const inner of variations(value[i], depth + 1)) {
        const copy = [...value];
        copy[i] = inner;
        yield copy;
      }
    }
    yield Array.from({ length: 60 }, () => value[0]);
    return;
  }
  if (typeof value !== 'object' || value === null) {
    yield* REPLACEMENTS;
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, amout: 1 };
  for (const key of Object.keys(record)) {
    const { [key]: _removed, ...without } = record;
    yield without;
    for (const inner of variations(record[key], depth + 1))
      if (inner !== record[key]) yield { ...record, [key]: inner };
  }
  yield* REPLACEMENTS;
}

interface Api {
  file: string;
  schemas: Record<string, unknown>;
  checks: Record<string, unknown>;
  fixtures?: unknown[];
}

const apis: Api[] = [
  {
    file: 'openapi.yaml',
    schemas: ummahSchemas,
    checks: ummahChecks,
    fixtures: [
      quickstartBody,
      legacyDecimalAmountBody,
      ...Object.values(requestExamples),
      ...Object.values(responseExamples),
    ],
  },
  { file: 'plumaas.yaml', schemas: plumaasSchemas, checks: plumaasChecks },
  { file: 'plexos.yaml', schemas: plexosSchemas, checks: plexosChecks },
  { file: 'plugipay.yaml', schemas: plugipaySchemas, checks: plugipayChecks },
  { file: 'pebblepay.yaml', schemas: pebblepaySchemas, checks: pebblepayChecks },
];

describe.each(apis)('checks.ts of $file', ({ file, schemas, checks, fixtures = [] }) => {
  const { doc } = loadDescription(file);
  const names = Object.keys(doc.components.schemas);

  it('has a check for every component schema', () => {
    expect(names.filter((name) => typeof checks[`${name}Check`] !== 'function')).toEqual([]);
  });

  it.each(names)('reports the same issues as zod for %s', (name) => {
    const zodSchema = schemas[`${name}Schema`] as z.ZodType;
    const check = validator(checks[`${name}Check`] as Check);
    const inputs = [...variations(sample(doc, doc.components.schemas[name] as SchemaObject)), ...fixtures];
    let failing = 0;
    for (const input of inputs) {
      const expected = zodSchema.safeParse(input);
      const actual = check.safeParse(input);
      const want = expected.success ? [] : normalize(expected.error.issues as unknown as Issue[]);
      const got = actual.success ? [] : normalize(actual.error.issues as unknown as Issue[]);
      if (failing < 3 && JSON.stringify(want) !== JSON.stringify(got)) {
        failing++;
        expect({ input, issues: got }).toEqual({ input, issues: want });
      }
    }
    expect(inputs.length).toBeGreaterThan(1);
  });
});
