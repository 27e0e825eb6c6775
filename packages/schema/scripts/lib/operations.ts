import { pascal } from './code.js';
import { flattenAllOf, listItemName } from './schema-model.js';
import {
  HTTP_METHODS,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type RequestBodyObject,
  type ResponseObject,
  refName,
  resolveRef,
  type SchemaObject,
} from './spec.js';

/** One endpoint, as the operation table needs it. */
export interface Operation {
  /** The SDK method path, e.g. `billingTemplates.subscribers.update`. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path relative to the base URL, with `{param}` placeholders. */
  path: string;
  /** The path is a convention the provider's reference does not show (`x-assumed-path`). */
  assumedPath: boolean;
  summary: string;
  pathParams: string[];
  queryParams: ParameterObject[];
  /** Name of the component schema that holds the query parameters, when there are any. */
  querySchema: string | null;
  body: { schema: string; required: boolean } | null;
  /** Name of the success response's component schema; null for 204 No Content. */
  response: string | null;
  status: number;
  /** For list endpoints: the schema of one item of the page. */
  item: string | null;
  /**
   * How a list endpoint pages: `next-url` for `{ results, next, previous }` pages, `offset` for
   * operations marked `x-pagination: { style: offset, items }`; null for everything else.
   */
  pagination: PaginationStyle | null;
  /** For list endpoints: the response property that holds the page's items. */
  itemsField: string | null;
}

/** The ways a list endpoint can page. */
export type PaginationStyle = 'next-url' | 'offset';

/** What {@link collectOperations} checks besides the OpenAPI structure. */
export interface OperationRules {
  /** Every path ends in `/` (true) or none does (false). */
  trailingSlash: boolean;
}

/** The JSON schema of a request body or response, which must be a `$ref` to a named schema. */
function namedSchema(where: string, content: { schema?: SchemaObject } | undefined): string {
  const ref = content?.schema?.$ref;
  if (!ref) throw new Error(`${where}: the JSON schema must be a $ref to components.schemas`);
  return refName(ref, 'schemas');
}

function resolveParam(doc: OpenApiDocument, param: ParameterObject): ParameterObject {
  return param.$ref ? resolveRef<ParameterObject>(doc, param.$ref, 'parameters') : param;
}

/**
 * The pagination of an operation: `x-pagination` when it has one (checked against the response
 * and the query parameters), else `next-url` when the response is a list envelope.
 */
function paginationOf(
  doc: OpenApiDocument,
  id: string,
  extension: OperationObject['x-pagination'],
  responseSchema: SchemaObject | undefined,
  queryParams: ParameterObject[],
): Pick<Operation, 'item' | 'pagination' | 'itemsField'> {
  const envelopeItem = responseSchema ? listItemName(doc, responseSchema) : undefined;
  if (extension === undefined) {
    return envelopeItem
      ? { item: envelopeItem, pagination: 'next-url', itemsField: 'results' }
      : { item: null, pagination: null, itemsField: null };
  }
  if (extension.style !== 'offset') throw new Error(`${id}: x-pagination style must be offset`);
  for (const name of ['limit', 'offset']) {
    if (!queryParams.some((p) => p.name === name)) throw new Error(`${id}: offset pagination needs ?${name}`);
  }
  const items = responseSchema ? flattenAllOf(doc, responseSchema).properties?.[extension.items] : undefined;
  const itemRef = items?.items?.$ref;
  if (!itemRef) {
    throw new Error(`${id}: x-pagination items ${extension.items} is not an array of a named schema`);
  }
  return { item: refName(itemRef, 'schemas'), pagination: 'offset', itemsField: extension.items };
}

/**
 * Reads every operation of `paths`, in file order, and checks the conventions the SDK relies on
 * (`rules.trailingSlash`: the Ummah gateway's paths all keep a trailing slash, other providers' none).
 */
export function collectOperations(
  doc: OpenApiDocument,
  rules: OperationRules = { trailingSlash: true },
): Operation[] {
  const seen = new Set<string>();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (rules.trailingSlash && !path.endsWith('/')) {
      throw new Error(`${path}: gateway paths keep their trailing slash`);
    }
    if (!rules.trailingSlash && path.endsWith('/')) {
      throw new Error(`${path}: paths of this description have no trailing slash`);
    }
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${path}: operationId missing`);
      if (seen.has(id)) throw new Error(`duplicate operationId ${id}`);
      seen.add(id);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveParam(doc, p));
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      for (const name of pathParams) {
        if (!params.some((p) => p.in === 'path' && p.name === name))
          throw new Error(`${id}: path param ${name} undeclared`);
      }
      const queryParams = params.filter((p) => p.in === 'query');
      let body: Operation['body'] = null;
      if (op.requestBody) {
        const rb = op.requestBody.$ref
          ? resolveRef<RequestBodyObject>(doc, op.requestBody.$ref, 'requestBodies')
          : op.requestBody;
        body = { schema: namedSchema(id, rb.content?.['application/json']), required: rb.required === true };
      }
      const success = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
      if (!success) throw new Error(`${id}: no 2xx response`);
      const [code, raw] = success;
      const res = raw.$ref ? resolveRef<ResponseObject>(doc, raw.$ref, 'responses') : raw;
      const json = res.content?.['application/json'];
      const response = json ? namedSchema(id, json) : null;
      const responseSchema = response ? doc.components.schemas[response] : undefined;
      operations.push({
        id,
        method: method.toUpperCase() as Operation['method'],
        path,
        assumedPath: op['x-assumed-path'] === true,
        summary: op.summary ?? id,
        pathParams,
        queryParams,
        querySchema: queryParams.length > 0 ? `${pascal(id)}Query` : null,
        body,
        response,
        status: Number(code),
        ...paginationOf(doc, id, op['x-pagination'], responseSchema, queryParams),
      });
    }
  }
  return operations;
}

/**
 * Adds one strict component schema per operation with query parameters (`PaymentMethodsListQuery`),
 * so the emitters treat query strings like any request body. Returns a new document.
 */
export function withQuerySchemas(doc: OpenApiDocument, operations: Operation[]): OpenApiDocument {
  const schemas = { ...doc.components.schemas };
  for (const op of operations) {
    if (!op.querySchema) continue;
    if (schemas[op.querySchema]) throw new Error(`schema name ${op.querySchema} is taken; rename it`);
    const properties: Record<string, SchemaObject> = {};
    for (const p of op.queryParams) {
      if (!p.schema) throw new Error(`${op.id}: query param ${p.name} has no schema`);
      properties[p.name] = p.description ? { ...p.schema, description: p.description } : p.schema;
    }
    schemas[op.querySchema] = {
      type: 'object',
      description: `Query parameters of \`${op.id}\`.`,
      additionalProperties: false,
      required: op.queryParams.filter((p) => p.required).map((p) => p.name),
      properties,
    };
  }
  return { ...doc, components: { ...doc.components, schemas } };
}

/** One signed event the gateway POSTs to merchants: its type and the payload schema name. */
export interface WebhookEventDefinition {
  event: string;
  summary: string;
  schema: string;
}

/** Reads the OpenAPI 3.1 `webhooks` section. */
export function collectWebhookEvents(doc: OpenApiDocument): WebhookEventDefinition[] {
  return Object.entries(doc.webhooks ?? {}).map(([event, item]) => {
    const op = item.post;
    if (!op?.requestBody) throw new Error(`webhook ${event}: a POST with a requestBody is required`);
    const rb = op.requestBody.$ref
      ? resolveRef<RequestBodyObject>(doc, op.requestBody.$ref, 'requestBodies')
      : op.requestBody;
    return {
      event,
      summary: op.summary ?? event,
      schema: namedSchema(`webhook ${event}`, rb.content?.['application/json']),
    };
  });
}
