import type { Middleware } from '../http/compose';
import type { GatewayContext } from './request-context';

/** Checks a request's credentials and returns the key it authenticated with; throws a 401 otherwise. */
export type Authenticator = (headers: Headers) => string;

/**
 * Requires a secret key on API requests (each API says how it is sent and which keys pass); the
 * mock's own endpoints, files and pages are open. The key scopes idempotency keys.
 */
export function authenticateRequest(authenticate: Authenticator): Middleware<GatewayContext> {
  return async (context, next) => {
    if (context.area === 'api') context.apiKey = authenticate(context.request.headers);
    await next();
  };
}
