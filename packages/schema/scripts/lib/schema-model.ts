import { isRequirement, type OpenApiDocument, refName, resolveRef, type SchemaObject } from './spec.js';

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
  if ((flat.anyOf && !isRequirementAnyOf(flat)) || flat.oneOf) return 'loose';
  if (nonNullTypes(flat).includes('object')) return flat.additionalProperties === false ? 'strict' : 'loose';
  if (flat.enum) return flat['x-open-enum'] ? 'loose' : 'strict';
  return 'strict';
}

/**
 * Whether `anyOf` lists only `{ required: [...] }` members: then it is not a union but a rule of
 * the object it sits on (at least one member's fields must be present).
 */
export function isRequirementAnyOf(schema: SchemaObject): boolean {
  return schema.anyOf !== undefined && schema.anyOf.length > 0 && schema.anyOf.every(isRequirement);
}

/** `field` equals `value`: the `if` of a conditional rule. */
export interface Condition {
  field: string;
  value: string | number | boolean;
}

/** Numeric bounds a conditional rule adds to a field. */
export type Bounds = Pick<SchemaObject, 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'>;

/**
 * A rule of a request object that spans its fields, checked after the object's shape:
 * - `anyRequired`: at least one of the sets of fields is present (`anyOf` of `required`).
 * - `requiredWhen`: the field is required when the condition holds (`if`/`then.required`).
 * - `boundedWhen`: the field obeys extra bounds when the condition holds (`if`/`then.properties`).
 */
export type ObjectRule =
  | { kind: 'anyRequired'; sets: string[][] }
  | { kind: 'requiredWhen'; when: Condition; field: string }
  | { kind: 'boundedWhen'; when: Condition; field: string; bounds: Bounds; required: boolean };

const BOUND_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

/**
 * The cross-field rules of an object schema (see {@link ObjectRule}), checked against its
 * properties. Throws on any `if`/`then` or `anyOf` form the emitters cannot turn into a rule.
 */
export function objectRules(schema: SchemaObject, where = 'schema'): ObjectRule[] {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const optionalField = (field: string, role: string): string => {
    if (!(field in properties)) throw new Error(`${where}: ${role} names ${field}, which is not a property`);
    if (required.has(field)) throw new Error(`${where}: ${role} names ${field}, which is always required`);
    return field;
  };
  const rules: ObjectRule[] = [];
  if (isRequirementAnyOf(schema)) {
    const sets = (schema.anyOf ?? []).map((m) => (m.required ?? []).map((f) => optionalField(f, 'anyOf')));
    rules.push({ kind: 'anyRequired', sets });
  }
  if (schema.if === undefined && schema.then === undefined) return rules;
  if (schema.if === undefined || schema.then === undefined)
    throw new Error(`${where}: if and then go together`);
  const condition = schema.if;
  const tested = Object.keys(condition.properties ?? {});
  const [field] = tested;
  const value = field === undefined ? undefined : condition.properties?.[field]?.const;
  const shapeOk =
    tested.length === 1 &&
    field !== undefined &&
    Object.keys(condition).sort().join() === 'properties,required' &&
    condition.required?.join() === field &&
    Object.keys(condition.properties?.[field] ?? {}).join() === 'const' &&
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
  // Without `required`, JSON Schema's `if` also holds when the field is absent: refused as a trap.
  if (!shapeOk || field === undefined) {
    throw new Error(
      `${where}: if must be { properties: { <field>: { const: <value> } }, required: [<field>] }`,
    );
  }
  if (!(field in properties)) throw new Error(`${where}: if tests ${field}, which is not a property`);
  const when: Condition = { field, value: value as Condition['value'] };
  const then = schema.then;
  for (const keyword of Object.keys(then)) {
    if (keyword !== 'required' && keyword !== 'properties') {
      throw new Error(`${where}: then may only hold required and properties, found ${keyword}`);
    }
  }
  for (const name of then.required ?? []) {
    rules.push({ kind: 'requiredWhen', when, field: optionalField(name, 'then.required') });
  }
  for (const [name, bounds] of Object.entries(then.properties ?? {})) {
    if (!(name in properties)) throw new Error(`${where}: then bounds ${name}, which is not a property`);
    const keywords = Object.keys(bounds);
    // `{}` adds nothing: it only declares a field `then.required` names, as linters ask.
    if (keywords.length === 0) continue;
    const unknown = keywords.filter((k) => !(BOUND_KEYWORDS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      throw new Error(`${where}: then.properties.${name} may only hold numeric bounds`);
    }
    rules.push({ kind: 'boundedWhen', when, field: name, bounds, required: required.has(name) });
  }
  return rules;
}

/** The rule in words, for JSDoc and error messages: `description is required when reason is 'other'`. */
export function describeRule(rule: ObjectRule): string {
  const literal = (v: Condition['value']) => (typeof v === 'string' ? `'${v}'` : String(v));
  switch (rule.kind) {
    case 'anyRequired':
      return rule.sets.every((set) => set.length === 1)
        ? `${rule.sets.map((set) => set[0]).join(' or ')} is required`
        : `one of ${rule.sets.map((set) => set.join(' + ')).join(' or ')} is required`;
    case 'requiredWhen':
      return `${rule.field} is required when ${rule.when.field} is ${literal(rule.when.value)}`;
    case 'boundedWhen': {
      const b = rule.bounds;
      const parts = [
        b.minimum !== undefined ? `at least ${b.minimum}` : '',
        b.exclusiveMinimum !== undefined ? `more than ${b.exclusiveMinimum}` : '',
        b.maximum !== undefined ? `at most ${b.maximum}` : '',
        b.exclusiveMaximum !== undefined ? `less than ${b.exclusiveMaximum}` : '',
      ].filter(Boolean);
      return `${rule.field} must be ${parts.join(' and ')} when ${rule.when.field} is ${literal(rule.when.value)}`;
    }
  }
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
