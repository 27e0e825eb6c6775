import { readFileSync } from 'node:fs';
import { collectOperations, type Operation } from '../../scripts/lib/operations.js';
import { flattenAllOf, nonNullTypes } from '../../scripts/lib/schema-model.js';
import { type OpenApiDocument, parseSpec, resolveRef, type SchemaObject } from '../../scripts/lib/spec.js';

/** One API description of this package, read and parsed, with helpers to walk its schemas. */
export interface Description {
  /** The YAML text. */
  text: string;
  /** The parsed document. */
  doc: OpenApiDocument;
  /** Its operations, keyed by operationId. */
  operations: Map<string, Operation>;
  /** A component schema by name, throwing when it does not exist. */
  component(name: string): SchemaObject;
  /** The object schema behind a schema (see {@link objectBehind}). */
  objectBehind(schema: SchemaObject): SchemaObject;
  /** The schema and required flag of a dotted field path inside a schema, or undefined if absent. */
  fieldAt(root: SchemaObject, path: string): { schema: SchemaObject; required: boolean } | undefined;
  /** The enum values behind a schema (following `$ref`). */
  enumValues(schema: SchemaObject): unknown[];
}

/** Reads a description of packages/schema (`openapi.yaml`, `plumaas.yaml`, …). */
export function loadDescription(file: string, trailingSlash = file === 'openapi.yaml'): Description {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const doc = parseSpec(text, file);
  const operations = new Map(collectOperations(doc, { trailingSlash }).map((op) => [op.id, op]));

  /**
   * Follows `$ref`, merges `allOf`, takes the non-null member of a nullable `anyOf`, and steps into
   * array items, so `purchase.products.name` can be walked.
   */
  const objectBehind = (schema: SchemaObject): SchemaObject => {
    let current = schema;
    for (let guard = 0; guard < 20; guard++) {
      if (current.$ref) current = resolveRef<SchemaObject>(doc, current.$ref, 'schemas');
      else if (current.allOf) current = flattenAllOf(doc, current);
      else if (current.anyOf ?? current.oneOf) {
        const members = (current.anyOf ?? current.oneOf ?? []).filter((m) => m.type !== 'null');
        const object = members.find((m) => m.$ref || nonNullTypes(m).includes('object'));
        if (!object) return current;
        current = object;
      } else if (nonNullTypes(current).includes('array') && current.items) current = current.items;
      else return current;
    }
    throw new Error('schema nesting too deep');
  };

  const fieldAt: Description['fieldAt'] = (root, path) => {
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
  };

  const component = (name: string): SchemaObject => {
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`${file} has no schema ${name}`);
    return schema;
  };

  const enumValues = (schema: SchemaObject): unknown[] => {
    const target = schema.$ref ? resolveRef<SchemaObject>(doc, schema.$ref, 'schemas') : schema;
    return target.enum ?? [];
  };

  return { text, doc, operations, component, objectBehind, fieldAt, enumValues };
}

const ummah = loadDescription('openapi.yaml');

/** The text of openapi.yaml. */
export const specText = ummah.text;

/** openapi.yaml, parsed. */
export const spec = ummah.doc;

/** The operations of openapi.yaml, keyed by operationId. */
export const specOperations = ummah.operations;

/**
 * The object schema behind a schema of openapi.yaml: follows `$ref`, merges `allOf`, takes the
 * non-null member of a nullable `anyOf`, and steps into array items.
 */
export const objectBehind = ummah.objectBehind;

/** The schema and required flag of a dotted field path inside a schema of openapi.yaml. */
export const fieldAt = ummah.fieldAt;

/** A component schema of openapi.yaml by name, throwing when it does not exist. */
export const component = ummah.component;

/** The enum values behind a schema of openapi.yaml (following `$ref`). */
export const enumValues = ummah.enumValues;
