import { after, jsdoc, key, pad, str, union } from './code.js';
import {
  describeRule,
  flattenAllOf,
  isRequirementAnyOf,
  listItemName,
  type Mode,
  modeOf,
  nonNullTypes,
  objectRules,
  splitNullableUnion,
  typeAllowsNull,
} from './schema-model.js';
import { type OpenApiDocument, refName, resolveRef, type SchemaObject } from './spec.js';

/** `T[]`, or `Array<T>` when T is a union or spans lines (so precedence stays obvious). */
function arrayOf(item: string): string {
  return /^[A-Za-z0-9_.]+(<.*>)?$/.test(item) ? `${item}[]` : `Array<${item.trim()}>`;
}

/** String literal members of an enum, plus `(string & {})` when unknown values must pass. */
function enumMembers(schema: SchemaObject, open: boolean): string[] {
  const values = schema.enum ?? [];
  const members = values.map((v) => {
    if (typeof v !== 'string') throw new Error(`only string enums are supported, found ${JSON.stringify(v)}`);
    return str(v);
  });
  // `(string & {})` keeps editor completion for the known values while accepting any string.
  return open ? [...members, '(string & {})'] : members;
}

/** The properties of an object schema as interface members at `level`. */
function members(doc: OpenApiDocument, schema: SchemaObject, mode: Mode, level: number): string {
  const required = new Set(schema.required ?? []);
  const lines: string[] = [];
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const description = prop.description ?? describeRef(doc, prop);
    const head = `${key(name)}${required.has(name) ? '' : '?'}:`;
    const type = tsType(doc, prop, mode, level, pad(level).length + head.length + 1);
    lines.push(`${jsdoc(description, level)}${pad(level)}${head}${after(type)};`);
  }
  // Response shapes declare no index signature, so a misspelt field (`purchase.statuss`) is a compile
  // error. The platform's undocumented fields still arrive (validation passes them through) and are
  // typed by `WithUnknownFields<T>`. Request shapes keep their signature only where they had one.
  if (mode === 'strict' && schema.additionalProperties !== false) {
    lines.push(`${pad(level)}[key: string]: unknown;`);
  }
  return lines.join('\n');
}

/** The description of the schema a bare `$ref` property points at (first paragraph only). */
function describeRef(doc: OpenApiDocument, prop: SchemaObject): string | undefined {
  if (!prop.$ref) return undefined;
  const target = resolveRef<SchemaObject>(doc, prop.$ref, 'schemas');
  return target.description?.split('\n\n')[0];
}

/**
 * The TypeScript type of a schema. `mode` is the mode of the enclosing named schema: inline enums
 * of response objects are open, request enums closed. `prefix` is the column the type starts at.
 */
export function tsType(
  doc: OpenApiDocument,
  schema: SchemaObject,
  mode: Mode,
  level: number,
  prefix = 0,
): string {
  if (schema.$ref) return refName(schema.$ref, 'schemas');
  if (schema.allOf) return tsType(doc, flattenAllOf(doc, schema), mode, level, prefix);
  // A required-only anyOf is a rule of the object (enforced by its zod schema), not a union.
  const variants = isRequirementAnyOf(schema) ? schema.oneOf : (schema.anyOf ?? schema.oneOf);
  if (variants) {
    const split = splitNullableUnion(variants);
    const types = split.variants.map((v) => tsType(doc, v, mode, level + 1));
    return union(split.nullable ? [...types, 'null'] : types, level, prefix);
  }
  const nullable = typeAllowsNull(schema);
  let types: string[];
  if (schema.enum) {
    types = enumMembers(schema, mode === 'loose' || schema['x-open-enum'] === true);
  } else {
    types = nonNullTypes(schema).map((t) => scalar(doc, schema, t, mode, level));
    // No `type` at all means any JSON value; `type: 'null'` alone means only null (added below).
    if (types.length === 0 && !nullable) types = ['unknown'];
  }
  if (nullable) types.push('null');
  return union(types, level, prefix);
}

/** One non-null JSON type of a schema. */
function scalar(doc: OpenApiDocument, schema: SchemaObject, type: string, mode: Mode, level: number): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return arrayOf(schema.items ? tsType(doc, schema.items, mode, level) : 'unknown');
    case 'object': {
      if (schema.properties && Object.keys(schema.properties).length > 0) {
        return `{\n${members(doc, schema, mode, level + 1)}\n${pad(level)}}`;
      }
      if (typeof schema.additionalProperties === 'object') {
        return `Record<string, ${tsType(doc, schema.additionalProperties, mode, level).trim()}>`;
      }
      return 'Record<string, unknown>';
    }
    default:
      throw new Error(`unsupported schema type ${type}`);
  }
}

/** The declaration of one component schema: an interface for objects, a type alias otherwise. */
export function tsDeclaration(doc: OpenApiDocument, name: string, category?: string): string {
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`unknown schema ${name}`);
  const item = listItemName(doc, schema);
  if (item) return `${jsdoc(schema.description, 0)}export type ${name} = ListResponse<${item}>;\n`;
  const mode = modeOf(doc, schema);
  const flat = flattenAllOf(doc, schema);
  // Cross-field rules cannot be typed without unions the zod schema does not produce: say them.
  const rules = mode === 'strict' ? objectRules(flat, name).map((r) => `- ${describeRule(r)}.`) : [];
  const described =
    rules.length > 0
      ? `${schema.description ?? ''}\n\nAlso checked:\n${rules.join('\n')}`
      : schema.description;
  // The API reference groups the types by the resource that uses them.
  const text = category ? `${described ?? ''}\n\n@category ${category}`.trimStart() : described;
  const comment = jsdoc(text, 0);
  const isObject = nonNullTypes(flat).join() === 'object' && !typeAllowsNull(flat) && flat.properties;
  if (isObject) return `${comment}export interface ${name} {\n${members(doc, flat, mode, 1)}\n}\n`;
  const head = `export type ${name} =`;
  return `${comment}${head}${after(tsType(doc, flat, mode, 0, head.length))};\n`;
}

/** The generic list envelope every paginated endpoint returns. */
export const LIST_RESPONSE = `/**
 * A page of a list endpoint. \`next\` and \`previous\` are absolute URLs of the neighbouring pages, or
 * null at either end; the SDK follows \`next\` when you iterate with \`for await\`.
 */
export interface ListResponse<T> {
  /** The objects on this page. */
  results: T[];
  /** URL of the next page, or null on the last page. */
  next: string | null;
  /** URL of the previous page, or null on the first page. */
  previous: string | null;
}
`;

/**
 * The typed way to the fields a response declares no type for, emitted into every description
 * that has response objects. Kept next to the response types so each package exports it with them.
 */
export const WITH_UNKNOWN_FIELDS = `/**
 * A response object together with the fields its type does not declare. Responses are typed by what
 * the API description documents, so a misspelt field (\`purchase.statuss\`) fails to compile; the
 * platform may still send more, and validation passes those through untouched. Cast to this type to
 * read them: each undeclared field is \`unknown\` until you check it.
 *
 * @example
 * const raw = purchase as WithUnknownFields<Purchase>;
 * if (typeof raw.acquirer_note === 'string') console.log(raw.acquirer_note);
 */
export type WithUnknownFields<T> = T & { readonly [field: string]: unknown };
`;

/**
 * The type of the object an event payload is about, so a verifier can type it per event name:
 * - the object itself with the event name added (`allOf: [$ref Purchase, { event_type }]`) → `Purchase`;
 * - an envelope with the object under `object` or `data` → the type of that field;
 * - otherwise the payload carries the object's fields itself → the payload's own type.
 */
export function eventObjectType(doc: OpenApiDocument, payload: string): string {
  const schema = doc.components.schemas[payload];
  if (!schema) throw new Error(`unknown schema ${payload}`);
  const base = schema.allOf?.find((member) => member.$ref !== undefined)?.$ref;
  if (base) return refName(base, 'schemas');
  const flat = flattenAllOf(doc, schema);
  const inner = flat.properties?.object ?? flat.properties?.data;
  return inner ? tsType(doc, inner, modeOf(doc, schema), 1).trim() : payload;
}
