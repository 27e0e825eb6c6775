import { jsdoc, key, list, str } from './code.js';
import type { Operation } from './operations.js';

/** The TypeScript type of an operation's path parameters. */
function pathParamsType(op: Operation): string {
  if (op.pathParams.length === 0) return 'Record<string, never>';
  return `{ ${op.pathParams.map((p) => `${key(p)}: string`).join('; ')} }`;
}

function routeEntry(op: Operation): string {
  const fields = [
    `method: ${str(op.method)}`,
    `path: ${str(op.path)}`,
    `pathParams: ${list('[', op.pathParams.map(str), ']', 2, 16)}`,
    `queryParams: ${list(
      '[',
      op.queryParams.map((p) => str(p.name)),
      ']',
      2,
      17,
    )}`,
    `hasBody: ${op.body !== null}`,
    `responseBody: ${str(op.response === null ? 'none' : 'json')}`,
    `paginated: ${op.item !== null}`,
    `successStatus: ${op.status}`,
    `summary: ${str(op.summary)}`,
  ];
  const body = fields.map((f) => `    ${f},`).join('\n');
  return `${jsdoc(`${op.summary}: \`${op.method} ${op.path}\``, 1)}  ${str(op.id)}: {\n${body}\n  },`;
}

/** The component types an operation's entry in the `Operations` map names. */
function typesUsedBy(op: Operation): string[] {
  return [op.body?.schema, op.querySchema, op.response, op.item].filter((n): n is string => Boolean(n));
}

function typeEntry(op: Operation): string {
  const body = op.body ? `${op.body.schema}${op.body.required ? '' : ' | undefined'}` : 'undefined';
  const fields = [
    `pathParams: ${pathParamsType(op)}`,
    `query: ${op.querySchema ?? 'undefined'}`,
    `body: ${body}`,
    `response: ${op.response ?? 'void'}`,
    `item: ${op.item ?? 'never'}`,
  ];
  return `${jsdoc(op.summary, 1)}  ${str(op.id)}: {\n${fields.map((f) => `    ${f};`).join('\n')}\n  };`;
}

/**
 * The content of routes.ts: the zod-free route table (what a client needs to build a request and a
 * mock needs to route one) and the `Operations` type map. Validators live in validators.ts, so a
 * consumer that routes without validating pulls in no zod.
 */
export function emitRoutes(operations: Operation[], header: string): string {
  // Each type the map names is imported by name; a schema named like one of this file's own
  // declarations would shadow it, so that is refused.
  const used = [...new Set(operations.flatMap(typesUsedBy))].sort();
  const own = ['HttpMethod', 'RouteDefinition', 'routes', 'OperationId', 'operationIds', 'Operations'];
  const clash = used.find((name) => own.includes(name));
  if (clash) throw new Error(`schema name ${clash} clashes with a name of routes.ts; rename it`);
  return `${header}

import type { ${used.join(', ')} } from './types.js';

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint of the API: how to address it and what its success looks like. */
export interface RouteDefinition {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Path relative to the API base URL, with \`{param}\` placeholders. */
  readonly path: string;
  /** Placeholders of \`path\`, in order. */
  readonly pathParams: readonly string[];
  /** Names of the query parameters. */
  readonly queryParams: readonly string[];
  /** Whether the endpoint takes a JSON body. */
  readonly hasBody: boolean;
  /** What a success carries: a JSON document, or nothing (204 No Content). */
  readonly responseBody: 'json' | 'none';
  /** Whether the response is a \`{ results, next, previous }\` page. */
  readonly paginated: boolean;
  /** HTTP status of a success. */
  readonly successStatus: number;
  /** One-line summary. */
  readonly summary: string;
}

/**
 * Every endpoint, keyed by operationId (which is the SDK method path).
 *
 * @example
 * const { method, path } = routes['purchases.capture']; // 'POST', '/purchases/{id}/capture/'
 */
export const routes = {
${operations.map(routeEntry).join('\n')}
} as const satisfies Record<string, RouteDefinition>;

/** The operationId of an endpoint, e.g. \`'purchases.create'\`. */
export type OperationId = keyof typeof routes;

/** Every operationId, in the order of the description. */
export const operationIds = Object.keys(routes) as OperationId[];

/**
 * The TypeScript types of each endpoint: path parameters (by name), query, body, response, and for
 * list endpoints the item type that auto-pagination yields.
 */
export interface Operations {
${operations.map(typeEntry).join('\n')}
}
`;
}
