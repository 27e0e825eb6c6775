import { BANNER, jsdoc, key, list, str } from './code.js';
import { schemaConst } from './emit-zod.js';
import type { Operation } from './operations.js';

/** The TypeScript type of an operation's path parameters. */
function pathParamsType(op: Operation): string {
  if (op.pathParams.length === 0) return 'Record<string, never>';
  return `{ ${op.pathParams.map((p) => `${key(p)}: string`).join('; ')} }`;
}

function tableEntry(op: Operation): string {
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
    `querySchema: ${op.querySchema ? `schemas.${schemaConst(op.querySchema)}` : 'null'}`,
    `requestBody: ${op.body ? `schemas.${schemaConst(op.body.schema)}` : 'null'}`,
    `requestBodyRequired: ${op.body?.required === true}`,
    `responseSchema: ${op.response ? `schemas.${schemaConst(op.response)}` : 'z.void()'}`,
    `itemSchema: ${op.item ? `schemas.${schemaConst(op.item)}` : 'null'}`,
    `paginated: ${op.item !== null}`,
    `successStatus: ${op.status}`,
    `summary: ${str(op.summary)}`,
  ];
  const body = fields.map((f) => `    ${f},`).join('\n');
  return `${jsdoc(`${op.summary}: \`${op.method} ${op.path}\``, 1)}  ${str(op.id)}: {\n${body}\n  },`;
}

function typeEntry(op: Operation): string {
  const body = op.body ? `types.${op.body.schema}${op.body.required ? '' : ' | undefined'}` : 'undefined';
  const fields = [
    `pathParams: ${pathParamsType(op)}`,
    `query: ${op.querySchema ? `types.${op.querySchema}` : 'undefined'}`,
    `body: ${body}`,
    `response: ${op.response ? `types.${op.response}` : 'void'}`,
    `item: ${op.item ? `types.${op.item}` : 'never'}`,
  ];
  return `${jsdoc(op.summary, 1)}  ${str(op.id)}: {\n${fields.map((f) => `    ${f};`).join('\n')}\n  };`;
}

/** The content of operations.ts: the runtime operation table and the `Operations` type map. */
export function emitOperations(operations: Operation[]): string {
  return `${BANNER}

import { z } from 'zod';
import * as schemas from './schemas.js';
import type * as types from './types.js';

/** HTTP methods the gateway uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint of the gateway, as the SDK and the mock gateway need it. */
export interface OperationDefinition {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Path relative to the API base URL, with the trailing slash and \`{param}\` placeholders. */
  readonly path: string;
  /** Placeholders of \`path\`, in order. */
  readonly pathParams: readonly string[];
  /** Names of the query parameters. */
  readonly queryParams: readonly string[];
  /** Strict schema of the query parameters, or null when there are none. */
  readonly querySchema: z.ZodType | null;
  /** Strict schema of the JSON body, or null when the endpoint takes none. */
  readonly requestBody: z.ZodType | null;
  /** Whether the body must be sent (false for e.g. a capture of the full amount). */
  readonly requestBodyRequired: boolean;
  /** Open schema of the success response (\`z.void()\` for 204 No Content). */
  readonly responseSchema: z.ZodType;
  /** For list endpoints, the open schema of one item of \`results\`. */
  readonly itemSchema: z.ZodType | null;
  /** Whether the response is a \`{ results, next, previous }\` page. */
  readonly paginated: boolean;
  /** HTTP status of a success. */
  readonly successStatus: number;
  /** One-line summary. */
  readonly summary: string;
}

/**
 * Every endpoint of the gateway, keyed by operationId (which is the SDK method path).
 *
 * @example
 * const op = operations['purchases.capture'];
 * op.requestBody?.parse({ amount: 2999 });
 */
export const operations = {
${operations.map(tableEntry).join('\n')}
} as const satisfies Record<string, OperationDefinition>;

/** The operationId of an endpoint, e.g. \`'purchases.create'\`. */
export type OperationId = keyof typeof operations;

/** Every operationId, in the order of openapi.yaml. */
export const operationIds = Object.keys(operations) as OperationId[];

/**
 * The TypeScript types of each endpoint: path parameters, query, body, response, and for list
 * endpoints the item type that auto-pagination yields.
 */
export interface Operations {
${operations.map(typeEntry).join('\n')}
}
`;
}
