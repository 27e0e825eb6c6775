import { jsdoc, literal, str } from './code.js';
import { routeComment } from './emit-routes.js';
import { schemaConst } from './emit-zod.js';
import type { Operation } from './operations.js';

function validatorEntry(op: Operation): string {
  const fields = [
    `query: ${op.querySchema ? `schemas.${schemaConst(op.querySchema)}` : 'null'}`,
    `body: ${op.body ? `schemas.${schemaConst(op.body.schema)}` : 'null'}`,
    `bodyRequired: ${op.body?.required === true}`,
    `response: ${op.response ? `schemas.${schemaConst(op.response)}` : 'z.void()'}`,
    `item: ${op.item ? `schemas.${schemaConst(op.item)}` : 'null'}`,
  ];
  const body = fields.map((f) => `    ${f},`).join('\n');
  return `${jsdoc(routeComment(op), 1)}  ${str(op.id)}: {\n${body}\n  },`;
}

/**
 * The content of validators.ts: the zod schemas of each operation's query, body and response.
 * `example` is the call its JSDoc shows; its operation must take a body.
 */
export function emitValidators(
  operations: Operation[],
  header: string,
  example: { operation: string; body: unknown },
): string {
  if (!operations.find((op) => op.id === example.operation)?.body) {
    throw new Error(`example operation ${example.operation} does not take a body`);
  }
  return `${header}

import { z } from 'zod';
import type { OperationId } from './routes.js';
import * as schemas from './schemas.js';

/** The schemas that check one endpoint's input before it is sent and its answer after. */
export interface OperationValidators {
  /** Strict schema of the query parameters, or null when there are none. */
  readonly query: z.ZodType | null;
  /** Strict schema of the JSON body, or null when the endpoint takes none. */
  readonly body: z.ZodType | null;
  /** Whether the body must be sent (false for e.g. a capture of the full amount). */
  readonly bodyRequired: boolean;
  /** Open schema of the success response (\`z.void()\` for 204 No Content). */
  readonly response: z.ZodType;
  /** For list endpoints, the open schema of one item of \`results\`. */
  readonly item: z.ZodType | null;
}

/**
 * The validators of every endpoint, keyed by operationId.
 *
 * @example
 * validators[${str(example.operation)}].body?.parse(${literal(example.body)});
 */
export const validators = {
${operations.map(validatorEntry).join('\n')}
} as const satisfies Record<OperationId, OperationValidators>;
`;
}
