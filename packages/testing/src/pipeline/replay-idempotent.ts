import { canonicalJson } from '../http/canonical-json';
import type { Middleware } from '../http/compose';
import type { IdempotencyStore } from '../http/idempotency';
import type { GatewayContext } from './request-context';

/**
 * Runs an API write that carries an `Idempotency-Key` once per key and API key: a repeat of the same
 * request gets the stored answer (refusals included), a different request with the same key 422.
 * The request is the method, the path and the body, whatever its key order or whitespace.
 */
export function replayIdempotent(store: IdempotencyStore): Middleware<GatewayContext> {
  return async (context, next) => {
    const key = context.request.headers.get('idempotency-key');
    if (key === null || context.method === 'GET' || context.area !== 'api') return next();
    const fingerprint = `${context.method} ${context.apiPath} ${canonicalJson(context.body)}`;
    const outcome = await store.run(context.apiKey ?? '', key, fingerprint, async () => {
      await next();
      if (!context.result) throw new Error('The request produced no answer.');
      return context.result;
    });
    context.result = outcome.result;
    context.replayed = outcome.replayed;
  };
}
