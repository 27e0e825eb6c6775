import type { JsonObject } from './body-reader';
import type { MockResult } from './mock-result';

/** HTTP methods the gateway uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route handler receives. `G` is the gateway engine the routes operate on. */
export interface RouteContext<G> {
  readonly gateway: G;
  readonly request: Request;
  readonly url: URL;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Parsed JSON body; `{}` when the request had none. */
  readonly body: JsonObject;
}

/** A route handler. */
export type RouteHandler<G> = (context: RouteContext<G>) => MockResult | Promise<MockResult>;

/** One route: an operation of the API. */
export interface Route<G> {
  readonly method: HttpMethod;
  /** Path template relative to the API base, with the gateway's trailing slash: `/purchases/{id}/`. */
  readonly path: string;
  /** The SDK operation id (`purchases.capture`), used for schema validation and docs. */
  readonly operationId: string;
  readonly handler: RouteHandler<G>;
}

/** Result of matching a path. */
export type RouteMatch<G> =
  | { readonly kind: 'found'; readonly route: Route<G>; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found' };

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < expected.length; index += 1) {
    const part = expected[index]!;
    const value = actual[index]!;
    if (part.startsWith('{') && part.endsWith('}')) {
      if (value === '') return undefined;
      try {
        params[part.slice(1, -1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

/**
 * Matches a method and path against route templates. Literal segments win over parameters
 * (`/webhooks/deliveries/` is not `/webhooks/{id}/`) because literal routes are registered first.
 */
export class Router<G> {
  readonly #routes: Route<G>[] = [];

  /** Registers routes in order. */
  add(...routes: Route<G>[]): this {
    this.#routes.push(...routes);
    return this;
  }

  /** Every registered route. */
  get routes(): readonly Route<G>[] {
    return this.#routes;
  }

  /** Finds the route for a method and a path relative to the API base. */
  match(method: string, path: string): RouteMatch<G> {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchTemplate(route.path, path);
      if (params === undefined) continue;
      if (route.method === method) return { kind: 'found', route, params };
      pathMatched = true;
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  }
}
