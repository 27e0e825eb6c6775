import { type OpenApiDocument, refName, resolveRef, type SchemaObject } from './spec.js';

/**
 * How a schema is turned into code.
 * - `strict`: request data. Every constraint is enforced, enums are closed, unknown keys rejected.
 * - `loose`: response data. Only the structure is checked; unknown keys and enum values pass.
 */
export type Mode = 'strict' | 'loose';

/**
 * Merges `allOf` members into one object schema, so that `Client = ClientDetails + {id, …}` comes
 * out as one readable interface. `x-partial` drops every `required` (PATCH bodies).
 */
export function flattenAllOf(doc: OpenApiDocument, schema: SchemaObject): SchemaObject {
  if (!schema.allOf) return schema;
  const { allOf, 'x-partial': partial, ...outer } = schema;
  const properties: Record<string, SchemaObject> = {};
  const required = new Set<string>();
  let additionalProperties: SchemaObject['additionalProperties'];
  // The schema's own keywords act as one more member, applied last.
  const own: SchemaObject = { properties: outer.properties, required: outer.required };
  if (outer.additionalProperties !== undefined) own.additionalProperties = outer.additionalProperties;
  for (const part of [...allOf, own]) {
    const member = flattenAllOf(doc, part.$ref ? resolveRef<SchemaObject>(doc, part.$ref, 'schemas') : part);
    if (member.type !== undefined && member.type !== 'object') {
      throw new Error(`allOf may only combine objects, found type ${String(member.type)}`);
    }
    Object.assign(properties, member.properties);
    // x-partial (PATCH bodies) keeps only what the schema itself requires, not its members.
    if (!partial || part === own) for (const key of member.required ?? []) required.add(key);
    if (member.additionalProperties !== undefined) additionalProperties = member.additionalProperties;
  }
  const merged: SchemaObject = { ...outer, type: 'object', properties };
  delete merged.required;
  if (required.size > 0) merged.required = [...required];
  if (additionalProperties !== undefined) merged.additionalProperties = additionalProperties;
  return merged;
}

/** The non-null types of a `type` keyword (`[string, "null"]` → `['string']`). */
export function nonNullTypes(schema: SchemaObject): string[] {
  if (schema.type === undefined) return [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.filter((t) => t !== 'null');
}

/** Whether `type` lists `"null"`. */
export function typeAllowsNull(schema: SchemaObject): boolean {
  return Array.isArray(schema.type) ? schema.type.includes('null') : schema.type === 'null';
}

/** Splits `anyOf: [X, {type: 'null'}]` into X plus a nullable flag; other unions stay as they are. */
export function splitNullableUnion(variants: SchemaObject[]): {
  variants: SchemaObject[];
  nullable: boolean;
} {
  const rest = variants.filter((v) => !(v.type === 'null' && v.$ref === undefined));
  return { variants: rest, nullable: rest.length !== variants.length };
}

/**
 * The mode of a named schema: objects are strict when they forbid extra keys, enums when they are
 * not marked open; plain scalars (Amount, CurrencyCode …) keep their constraints.
 */
export function modeOf(doc: OpenApiDocument, schema: SchemaObject): Mode {
  const flat = flattenAllOf(doc, schema);
  if (flat.anyOf || flat.oneOf) return 'loose';
  if (nonNullTypes(flat).includes('object')) return flat.additionalProperties === false ? 'strict' : 'loose';
  if (flat.enum) return flat['x-open-enum'] ? 'loose' : 'strict';
  return 'strict';
}

/** `{ results: X[]; next; previous }`: the item schema name of a list envelope, else undefined. */
export function listItemName(doc: OpenApiDocument, schema: SchemaObject): string | undefined {
  const flat = flattenAllOf(doc, schema);
  const props = flat.properties;
  if (!props) return undefined;
  const keys = Object.keys(props).sort().join(',');
  if (keys !== 'next,previous,results') return undefined;
  const itemRef = props.results?.items?.$ref;
  return itemRef ? refName(itemRef, 'schemas') : undefined;
}

/** Names of the component schemas a schema refers to, directly or nested. */
export function collectRefs(
  doc: OpenApiDocument,
  schema: SchemaObject,
  into = new Set<string>(),
): Set<string> {
  if (schema.$ref) {
    into.add(refName(schema.$ref, 'schemas'));
    return into;
  }
  const nested: SchemaObject[] = [
    ...(schema.allOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...Object.values(schema.properties ?? {}),
  ];
  if (schema.items) nested.push(schema.items);
  if (typeof schema.additionalProperties === 'object') nested.push(schema.additionalProperties);
  for (const child of nested) collectRefs(doc, child, into);
  return into;
}

/**
 * Orders component schemas so that each comes after the schemas it refers to (zod constants must
 * be declared before use). Ties keep the order of openapi.yaml, so the output is deterministic.
 * Throws on reference cycles, which the gateway's objects do not have.
 */
export function dependencyOrder(doc: OpenApiDocument): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`schema reference cycle: ${[...trail, name].join(' → ')}`);
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`dangling schema reference ${name} (from ${trail.join(' → ')})`);
    state.set(name, 'visiting');
    for (const dep of collectRefs(doc, schema)) visit(dep, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(doc.components.schemas)) visit(name, []);
  return order;
}
