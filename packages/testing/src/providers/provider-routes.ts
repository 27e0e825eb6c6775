import type { GatewayRoute } from '../pipeline/gateway-route';
import {
  type OperationDefinition,
  type OperationSchemas,
  operationRoute,
  type Pager,
} from '../routes/operation-route';

/** The shape of one entry of a generated `Operations` type map. */
export interface OperationShape {
  pathParams: unknown;
  query: unknown;
  body: unknown;
  response: unknown;
  item: unknown;
}

/** A generated `Operations` type map (an interface, so mapped rather than indexed). */
export type OperationTypes<O> = { [K in keyof O]: OperationShape };

/** What an operation's handler receives, typed from the API's generated request types. */
export interface ProviderRequest<O extends OperationTypes<O>, K extends keyof O> {
  readonly params: O[K]['pathParams'];
  readonly body: O[K]['body'];
  readonly query: O[K]['query'];
  readonly url: URL;
}

/** What an operation's handler answers: the response, or for a list the items, paged for it. */
export type ProviderAnswer<O extends OperationTypes<O>, K extends keyof O> = [O[K]['item']] extends [never]
  ? O[K]['response']
  : readonly O[K]['item'][];

/** One handler for every operation of an API: the type refuses a table with a missing one. */
export type ProviderHandlers<O extends OperationTypes<O>> = {
  readonly [K in keyof O]: (
    request: ProviderRequest<O, K>,
  ) => ProviderAnswer<O, K> | Promise<ProviderAnswer<O, K>>;
};

/** What the routes are built from: an API's generated route table and validators. */
export interface ProviderTable {
  readonly operationIds: readonly string[];
  readonly routes: Readonly<Record<string, OperationDefinition>>;
  readonly validators: Readonly<Record<string, OperationSchemas>>;
}

/**
 * The routes of a provider API, one per operation of its generated table, in its order. Throws,
 * naming the operation, when a handler is missing (possible only through casts).
 */
export function providerRoutes<O extends OperationTypes<O>>(
  table: ProviderTable,
  handlers: ProviderHandlers<O>,
  pager: Pager,
): GatewayRoute[] {
  return table.operationIds.map((operationId) => {
    const handler = (handlers as unknown as Record<string, ((request: never) => unknown) | undefined>)[
      operationId
    ];
    if (!handler) throw new Error(`The mock needs a handler for ${operationId}.`);
    return operationRoute(
      operationId,
      table.routes[operationId]!,
      table.validators[operationId]!,
      ({ params, body, query, url }) => handler({ params, body, query, url } as never),
      pager,
    );
  });
}
