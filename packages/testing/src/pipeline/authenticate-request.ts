import type { Middleware } from '../http/compose';
import type { GatewayContext } from './request-context';

/** Checks a request's credentials and returns the key it authenticated with; throws a 401 otherwise. */
export type Authenticator = (headers: Headers) => string;

/**
 * Requires a secret key on API requests and on the mock's `/_mock/` control endpoints (each API says
 * how it is sent and which keys pass): whoever drives the mock holds one of its keys. Files are
 * open like pre-signed URLs, and pages like the customer-facing pages they stand for. The key scopes
 * idempotency keys.
 */
export function authenticateRequest(authenticate: Authenticator): Middleware<GatewayContext> {
  return async (context, next) => {
    if (context.area === 'api' || context.area === 'control')
      context.apiKey = authenticate(context.request.headers);
    await next();
  };
}
