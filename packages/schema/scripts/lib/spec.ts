import { parse } from 'yaml';

/**
 * The subset of JSON Schema 2020-12 (as used by OpenAPI 3.1) that a description may use. The
 * generator refuses anything else (see {@link checkSchemaKeywords}), so a keyword it cannot express
 * never disappears silently.
 */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  /** Responses only: unknown enum values must pass through (`'a' | 'b' | (string & {})`). */
  'x-open-enum'?: boolean;
  /** With `allOf`: every property becomes optional (PATCH bodies derived from the create body). */
  'x-partial'?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  /** On a map (`additionalProperties: {…}` without `properties`): the most entries it may hold. */
  maxProperties?: number;
  /**
   * A rule of a request object that depends on one of its fields: `if` names the field and its
   * value (`properties: { reason: { const: other } }, required: [reason]`), `then` lists what
   * becomes required or which numeric bounds apply. See `conditionalRules`.
   */
  if?: SchemaObject;
  then?: SchemaObject;
  /** Only inside `if`: the value the condition compares with. */
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
}

/** An operation parameter (path or query). */
export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
}

/** A media-type map as found under `content`. */
export interface ContentMap {
  [mediaType: string]: { schema?: SchemaObject };
}

/** A request body, inline or by `$ref` into components.requestBodies. */
export interface RequestBodyObject {
  $ref?: string;
  required?: boolean;
  description?: string;
  content?: ContentMap;
}

/** A response, inline or by `$ref` into components.responses. */
export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: ContentMap;
}

/** How a list operation pages when its answer is not a `{ results, next, previous }` envelope. */
export interface PaginationExtension {
  /** `offset`: the `limit` and `offset` query parameters walk the list. */
  style: 'offset';
  /** The property of the response that holds the page's items (an array of a named schema). */
  items: string;
}

/** One HTTP operation. */
export interface OperationObject {
  operationId?: string;
  /** List operations that page by offset (see {@link PaginationExtension}). */
  'x-pagination'?: PaginationExtension;
  /**
   * The path is a convention chosen where the provider's reference shows only SDK calls; it must be
   * confirmed with the provider.
   */
  'x-assumed-path'?: boolean;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
}

/** The HTTP methods the generator reads, in the order it reads them. */
export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A path item: shared parameters plus one operation per method. */
export type PathItemObject = { parameters?: ParameterObject[] } & Partial<
  Record<HttpMethod, OperationObject>
>;

/** The parts of an OpenAPI 3.1 document the generator reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, PathItemObject>;
  webhooks?: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    responses?: Record<string, ResponseObject>;
  };
}

/**
 * Parses the text of a description (`source` names it in errors). Only the top-level shape is
 * checked here; {@link checkSchemaKeywords} and the emitters throw on anything they cannot express.
 *
 * @example
 * const doc = parseSpec(readFileSync('openapi.yaml', 'utf8'));
 */
export function parseSpec(text: string, source = 'openapi.yaml'): OpenApiDocument {
  const doc: unknown = parse(text);
  if (typeof doc !== 'object' || doc === null) throw new Error(`${source}: not a YAML mapping`);
  const candidate = doc as Partial<OpenApiDocument>;
  if (typeof candidate.openapi !== 'string' || !candidate.openapi.startsWith('3.1')) {
    throw new Error(`${source}: expected OpenAPI 3.1, found ${String(candidate.openapi)}`);
  }
  if (!candidate.paths || !candidate.components?.schemas || !candidate.info) {
    throw new Error(`${source}: info, paths and components.schemas are required`);
  }
  return candidate as OpenApiDocument;
}

/** The schema keywords the emitters read or may safely ignore (documentation only). */
const SCHEMA_KEYWORDS = new Set([
  '$ref',
  'type',
  'description',
  'enum',
  'x-open-enum',
  'x-partial',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'maxProperties',
  'if',
  'then',
  'default',
  'examples',
]);

/**
 * Throws, naming the schema and the keyword, when a component schema (at any depth) uses a keyword
 * the generator does not know. `if`/`then` and required-only `anyOf` members are checked where they
 * are turned into rules (`conditionalRules`), not here.
 */
export function checkSchemaKeywords(doc: OpenApiDocument): void {
  const visit = (schema: SchemaObject, where: string): void => {
    for (const keyword of Object.keys(schema)) {
      if (!SCHEMA_KEYWORDS.has(keyword)) throw new Error(`${where}: unsupported schema keyword ${keyword}`);
    }
    for (const [name, prop] of Object.entries(schema.properties ?? {})) visit(prop, `${where}.${name}`);
    if (schema.items) visit(schema.items, `${where}[]`);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`);
    for (const member of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) visit(member, where);
    for (const member of schema.anyOf ?? []) {
      // `anyOf: [{ required: [a] }, { required: [b] }]` is a rule of its object, not a union.
      if (!isRequirement(member)) visit(member, where);
    }
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) visit(schema, name);
  for (const [name, param] of Object.entries(doc.components.parameters ?? {})) {
    if (param.schema) visit(param.schema, `parameter ${name}`);
  }
}

/** Whether a schema holds nothing but `required` (a member of a required-only `anyOf`). */
export function isRequirement(schema: SchemaObject): boolean {
  const keys = Object.keys(schema);
  return keys.length === 1 && keys[0] === 'required' && Array.isArray(schema.required);
}

/** The component name a local `$ref` points at, checked against the expected section. */
export function refName(
  ref: string,
  section: 'schemas' | 'parameters' | 'requestBodies' | 'responses',
): string {
  const prefix = `#/components/${section}/`;
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref} (expected ${prefix}…)`);
  return ref.slice(prefix.length);
}

/** Looks a `$ref` up in a components section, throwing when it dangles. */
export function resolveRef<T>(
  doc: OpenApiDocument,
  ref: string,
  section: 'schemas' | 'parameters' | 'requestBodies' | 'responses',
): T {
  const name = refName(ref, section);
  const table = doc.components[section] as Record<string, T> | undefined;
  const found = table?.[name];
  if (found === undefined) throw new Error(`dangling $ref ${ref}`);
  return found;
}
