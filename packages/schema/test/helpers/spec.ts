import { readFileSync } from 'node:fs';
import { collectOperations, type Operation } from '../../scripts/lib/operations.js';
import { flattenAllOf, nonNullTypes } from '../../scripts/lib/schema-model.js';
import { parseSpec, resolveRef, type SchemaObject } from '../../scripts/lib/spec.js';

/** The text of openapi.yaml. */
export const specText = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');

/** openapi.yaml, parsed. */
export const spec = parseSpec(specText);

/** The operations of openapi.yaml, keyed by operationId. */
export const specOperations = new Map<string, Operation>(collectOperations(spec).map((op) => [op.id, op]));

/**
 * The object schema behind a schema: follows `$ref`, merges `allOf`, takes the non-null member of
 * a nullable `anyOf`, and steps into array items, so `purchase.products.name` can be walked.
 */
export function objectBehind(schema: SchemaObject): SchemaObject {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    if (current.$ref) current = resolveRef<SchemaObject>(spec, current.$ref, 'schemas');
    else if (current.allOf) current = flattenAllOf(spec, current);
    else if (current.anyOf ?? current.oneOf) {
      const members = (current.anyOf ?? current.oneOf ?? []).filter((m) => m.type !== 'null');
      const object = members.find((m) => m.$ref || nonNullTypes(m).includes('object'));
      if (!object) return current;
      current = object;
    } else if (nonNullTypes(current).includes('array') && current.items) current = current.items;
    else return current;
  }
  throw new Error('schema nesting too deep');
}

/** The schema and required flag of a dotted field path inside a schema, or undefined if absent. */
export function fieldAt(
  root: SchemaObject,
  path: string,
): { schema: SchemaObject; required: boolean } | undefined {
  let found: { schema: SchemaObject; required: boolean } | undefined;
  let current = root;
  for (const part of path.split('.')) {
    const object = objectBehind(current);
    const prop = object.properties?.[part];
    if (!prop) return undefined;
    found = { schema: prop, required: (object.required ?? []).includes(part) };
    current = prop;
  }
  return found;
}

/** A component schema by name, throwing when it does not exist. */
export function component(name: string): SchemaObject {
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`openapi.yaml has no schema ${name}`);
  return schema;
}

/** The enum values behind a schema (following `$ref`). */
export function enumValues(schema: SchemaObject): unknown[] {
  const target = schema.$ref ? resolveRef<SchemaObject>(spec, schema.$ref, 'schemas') : schema;
  return target.enum ?? [];
}
