import type { Middleware } from '../http/compose';
import type { MockExchange } from '../options';
import type { GatewayContext } from './request-context';

/**
 * Reports every API answer to `onResponse` (request logs, schema checks in tests). Answers of the
 * mock's own endpoints, files and pages are not API answers; injected faults are not reported either,
 * since they stand for what the network did, not for what the gateway answered.
 */
export function reportResponse(
  onResponse: ((exchange: MockExchange) => void) | undefined,
): Middleware<GatewayContext> {
  return async (context, next) => {
    await next();
    if (!onResponse || context.area !== 'api' || context.faulted || !context.result) return;
    onResponse({
      operationId: context.match?.route.operationId ?? null,
      method: context.method,
      url: context.url.href,
      status: context.result.status,
      body: context.result.body,
      replayed: context.replayed,
    });
  };
}
