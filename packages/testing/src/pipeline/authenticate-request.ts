import { authenticate } from '../http/authenticate';
import type { Middleware } from '../http/compose';
import type { GatewayContext } from './request-context';

/**
 * Requires a secret key on API requests (`apiKeys`, or any test key when omitted); the mock's own
 * endpoints, files and pages are open. The key scopes idempotency keys.
 */
export function authenticateRequest(apiKeys: readonly string[] | undefined): Middleware<GatewayContext> {
  return async (context, next) => {
    if (context.area === 'api') {
      context.apiKey = authenticate(context.request.headers.get('authorization'), apiKeys);
    }
    await next();
  };
}
