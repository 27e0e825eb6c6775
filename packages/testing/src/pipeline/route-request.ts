import type { Middleware } from '../http/compose';
import { methodNotAllowed, notFound } from '../http/gateway-error';
import { Router } from '../http/router';
import type { GatewayRoute, MatchedRoute } from './gateway-route';
import { CONTROL_PREFIX, FILES_PREFIX } from './request-area';
import type { GatewayContext } from './request-context';

/**
 * The routes of each area of the mock's origin, each relative to its area's root. A mock without
 * downloadable files or hosted pages leaves those out: their paths answer 404.
 */
export interface RouteTable {
  readonly api: Router<GatewayRoute>;
  readonly control: Router<GatewayRoute>;
  readonly files?: Router<GatewayRoute>;
  readonly pages?: Router<GatewayRoute>;
  /**
   * Whether the API's paths end with a slash, which the Ummah gateway insists on; other APIs write
   * their paths without one. The mock's own `/_mock/` endpoints always end with one.
   * @default true
   */
  readonly trailingSlash?: boolean;
}

const NO_ROUTES = new Router<GatewayRoute>([]);

/** Matches an endpoint path, with the gateway's 404 and 405 answers. */
function endpoint(router: Router<GatewayRoute>, method: string, path: string, slash = true): MatchedRoute {
  if (slash && !path.endsWith('/')) {
    throw notFound(`The gateway's paths end with a slash: ${path}/ (requests without it are rejected).`);
  }
  const match = router.match(method, path);
  if (match.kind === 'not-found') throw notFound('No such endpoint.');
  if (match.kind === 'method-not-allowed') throw methodNotAllowed(method);
  return match;
}

/** Matches a file or page path: anything that is not one answers `missing`. */
function resource(router: Router<GatewayRoute>, method: string, path: string, missing: string): MatchedRoute {
  const match = router.match(method, path);
  if (match.kind !== 'found') throw notFound(missing);
  return match;
}

function find(table: RouteTable, context: GatewayContext, base: URL): MatchedRoute {
  const { area, method, url } = context;
  if (area === 'files') {
    return resource(
      table.files ?? NO_ROUTES,
      method,
      url.pathname.slice(FILES_PREFIX.length),
      'No such file.',
    );
  }
  if (area === 'page') return resource(table.pages ?? NO_ROUTES, method, url.pathname, 'No such checkout.');
  if (area === 'control') return endpoint(table.control, method, url.pathname.slice(CONTROL_PREFIX.length));
  if (context.apiPath === undefined) {
    throw notFound(`No gateway API at this path. The API lives under ${base.pathname}.`);
  }
  return endpoint(table.api, method, context.apiPath, table.trailingSlash ?? true);
}

/** Finds the route of the request, or answers 404 or 405 in the gateway's words. */
export function routeRequest(table: RouteTable, base: () => URL): Middleware<GatewayContext> {
  return async (context, next) => {
    context.match = find(table, context, base());
    await next();
  };
}
