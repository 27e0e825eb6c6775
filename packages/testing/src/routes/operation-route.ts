import type { z } from 'zod';
import type { HttpMethod } from '../http/router';
import type { GatewayRoute, HandlerInput } from '../pipeline/gateway-route';

/** What the mock reads of an operation in a generated route table (every API's table has it). */
export interface OperationDefinition {
  readonly method: HttpMethod;
  readonly path: string;
  readonly responseBody: 'json' | 'none';
  readonly paginated: boolean;
  readonly itemsField: string | null;
  readonly successStatus: number;
}

/** What the mock reads of an operation's generated validators. */
export interface OperationSchemas {
  readonly body: z.ZodType | null;
  readonly query: z.ZodType | null;
}

/** How an API pages its lists: which query parameters choose the page, and how a page is built. */
export interface Pager {
  /** Query parameters left out of query validation (validated by the pager itself). */
  readonly params: readonly string[];
  /** The page of `items` the request asks for, in the API's list envelope. */
  readonly page: (items: readonly unknown[], url: URL, definition: OperationDefinition) => unknown;
}

/**
 * The route of one operation of any API: method, path, schemas, success status and pagination come
 * from the generated route table and validators; `answer` is the mock's handler.
 */
export function operationRoute(
  operationId: string,
  definition: OperationDefinition,
  schemas: OperationSchemas,
  answer: (input: HandlerInput) => unknown,
  pager: Pager,
): GatewayRoute {
  return {
    method: definition.method,
    path: definition.path,
    operationId,
    body: schemas.body,
    query: schemas.query,
    pageParams: definition.paginated ? pager.params : [],
    handler: async (input) => {
      const result = await answer(input);
      if (definition.responseBody === 'none') return { status: definition.successStatus };
      const wire = definition.paginated
        ? pager.page(result as readonly unknown[], input.url, definition)
        : result;
      // A deep copy, so neither the caller nor a stored idempotent answer holds the mock's state.
      return { status: definition.successStatus, body: structuredClone(wire) };
    },
  };
}

/** The one handler of an operation among the groups; throws when there is none or more than one. */
export function onlyHandler<H>(
  groups: readonly Readonly<Record<string, H | undefined>>[],
  operationId: string,
): H {
  const found = groups.flatMap((group) => {
    const handler = group[operationId];
    return handler ? [handler] : [];
  });
  if (found.length !== 1) {
    throw new Error(`The mock needs exactly one handler for ${operationId}; it has ${found.length}.`);
  }
  return found[0]!;
}
