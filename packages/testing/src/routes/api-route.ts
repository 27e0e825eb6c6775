import { type OperationId, type Operations, routes } from '@ummah/schema/ummah/routes';
import { validators } from '@ummah/schema/ummah/validators';
import type { DomainContext } from '../domain/context';
import { PAGE_PARAMS, paginate } from '../http/pagination';
import type { GatewayRoute } from '../pipeline/gateway-route';

/**
 * What an operation's handler receives: path parameters, body and query typed from the generated
 * request types, after the generated validators have checked them.
 */
export interface ApiRequest<K extends OperationId> {
  readonly domain: DomainContext;
  readonly params: Operations[K]['pathParams'];
  readonly body: Operations[K]['body'];
  readonly query: Operations[K]['query'];
  /** The request URL, for filters the schema does not describe. */
  readonly url: URL;
}

/**
 * What an operation's handler answers: the response body typed from the generated response type,
 * or for a list endpoint the items, which are paged for it.
 */
export type ApiAnswer<K extends OperationId> = [Operations[K]['item']] extends [never]
  ? Operations[K]['response']
  : readonly Operations[K]['item'][];

/** The handler of one operation. Status, pagination and the copy for the wire are done for it. */
export type ApiHandler<K extends OperationId> = (
  request: ApiRequest<K>,
) => ApiAnswer<K> | Promise<ApiAnswer<K>>;

/** Handlers of some operations, keyed by operationId. */
export type ApiHandlers = { readonly [K in OperationId]?: ApiHandler<K> };

/** What API routes need besides their handlers. */
export interface ApiServices {
  readonly domain: DomainContext;
  /** Items per page when `?limit=` is absent. */
  readonly pageSize: number;
}

/**
 * The route of an operation: method, path, schemas, success status and pagination come from the
 * generated route table and validators; only the handler is the mock's.
 */
export function apiRoute<K extends OperationId>(
  operationId: K,
  handler: ApiHandler<K>,
  services: ApiServices,
): GatewayRoute {
  const definition = routes[operationId];
  const schemas = validators[operationId];
  return {
    method: definition.method,
    path: definition.path,
    operationId,
    body: schemas.body,
    query: schemas.query,
    pageParams: definition.paginated ? PAGE_PARAMS : [],
    handler: async ({ url, params, body, query }) => {
      const answer = await handler({
        domain: services.domain,
        params: params as Operations[K]['pathParams'],
        body: body as Operations[K]['body'],
        query: query as Operations[K]['query'],
        url,
      });
      if (definition.responseBody === 'none') return { status: definition.successStatus };
      const wire = definition.paginated
        ? paginate(answer as readonly unknown[], url, services.pageSize)
        : answer;
      // A deep copy, so neither the caller nor a stored idempotent answer holds the mock's state.
      return { status: definition.successStatus, body: structuredClone(wire) };
    },
  };
}

/** The one handler of an operation among the groups; throws when there is none or more than one. */
export function handlerOf<K extends OperationId>(
  groups: readonly ApiHandlers[],
  operationId: K,
): ApiHandler<K> {
  const found = groups.flatMap((group) => {
    const handler = group[operationId];
    return handler ? [handler] : [];
  });
  if (found.length !== 1) {
    throw new Error(`The mock needs exactly one handler for ${operationId}; it has ${found.length}.`);
  }
  return found[0]!;
}
