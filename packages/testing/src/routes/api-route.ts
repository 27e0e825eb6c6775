import { type OperationId, type Operations, routes } from '@ummah/schema/ummah/routes';
import { validators } from '@ummah/schema/ummah/validators';
import type { DomainContext } from '../domain/context';
import { PAGE_PARAMS, paginate } from '../http/pagination';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { onlyHandler, operationRoute, type Pager } from './operation-route';

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
  const pager: Pager = {
    params: PAGE_PARAMS,
    page: (items, url) => paginate(items, url, services.pageSize),
  };
  return operationRoute(
    operationId,
    routes[operationId],
    validators[operationId],
    ({ url, params, body, query }) =>
      handler({
        domain: services.domain,
        params: params as Operations[K]['pathParams'],
        body: body as Operations[K]['body'],
        query: query as Operations[K]['query'],
        url,
      }),
    pager,
  );
}

/** The one handler of an operation among the groups; throws when there is none or more than one. */
export function handlerOf<K extends OperationId>(
  groups: readonly ApiHandlers[],
  operationId: K,
): ApiHandler<K> {
  return onlyHandler(groups as readonly Record<string, ApiHandler<K> | undefined>[], operationId);
}
