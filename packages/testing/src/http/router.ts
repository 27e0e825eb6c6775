/** HTTP methods the gateway uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the router needs of a route: its method and path template (`/purchases/{id}/capture/`). */
export interface RouteTemplate {
  readonly method: HttpMethod;
  readonly path: string;
}

/** Result of matching a request against the routes. */
export type RouteMatch<R> =
  | { readonly kind: 'found'; readonly route: R; readonly params: Record<string, string> }
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

function parameterCount(template: string): number {
  return template.split('/').filter((part) => part.startsWith('{')).length;
}

/**
 * Matches a method and path against route templates. A literal segment wins over a parameter
 * (`/webhooks/deliveries/` is not `/webhooks/{id}/`): routes with fewer parameters are tried first.
 */
export class Router<R extends RouteTemplate> {
  readonly #routes: readonly R[];

  constructor(routes: readonly R[]) {
    this.#routes = [...routes].sort((a, b) => parameterCount(a.path) - parameterCount(b.path));
  }

  /** Every route, in matching order. */
  get routes(): readonly R[] {
    return this.#routes;
  }

  /** Finds the route for a method and a path relative to the router's root. */
  match(method: string, path: string): RouteMatch<R> {
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
