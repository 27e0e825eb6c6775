import { parse } from 'yaml';

/**
 * The subset of JSON Schema 2020-12 (as used by OpenAPI 3.1) that openapi.yaml may use. The
 * generator refuses anything else, so a keyword it cannot express never disappears silently.
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

/** One HTTP operation. */
export interface OperationObject {
  operationId?: string;
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
 * Parses openapi.yaml text. Only the top-level shape is checked here; the emitters throw on
 * anything they cannot express.
 *
 * @example
 * const doc = parseSpec(readFileSync('openapi.yaml', 'utf8'));
 */
export function parseSpec(text: string): OpenApiDocument {
  const doc: unknown = parse(text);
  if (typeof doc !== 'object' || doc === null) throw new Error('openapi.yaml: not a YAML mapping');
  const candidate = doc as Partial<OpenApiDocument>;
  if (typeof candidate.openapi !== 'string' || !candidate.openapi.startsWith('3.1')) {
    throw new Error(`openapi.yaml: expected OpenAPI 3.1, found ${String(candidate.openapi)}`);
  }
  if (!candidate.paths || !candidate.components?.schemas || !candidate.info) {
    throw new Error('openapi.yaml: info, paths and components.schemas are required');
  }
  return candidate as OpenApiDocument;
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
