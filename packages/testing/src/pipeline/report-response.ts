import type { Middleware } from '../http/compose';
import { isConnectionReset } from '../http/connection-reset';
import type { MockExchange } from '../options';
import type { GatewayContext } from './request-context';

/**
 * Reports every API answer to `onResponse` (request logs, schema checks in tests), injected faults
 * included and marked as such: a dropped connection as status 0 with `fault: 'reset'`. Answers of
 * the mock's own endpoints, files and pages are not API answers.
 */
export function reportResponse(
  onResponse: ((exchange: MockExchange) => void) | undefined,
): Middleware<GatewayContext> {
  return async (context, next) => {
    if (!onResponse) return next();
    const report = (status: number, body: unknown, fault: MockExchange['fault']): void =>
      onResponse({
        operationId: context.match?.route.operationId ?? null,
        method: context.method,
        url: context.url.href,
        status,
        body,
        replayed: context.replayed,
        fault,
      });
    try {
      await next();
    } catch (error) {
      if (context.area === 'api' && isConnectionReset(error)) report(0, undefined, 'reset');
      throw error;
    }
    if (context.area !== 'api' || !context.result) return;
    report(context.result.status, context.result.body, context.faulted ? 'status' : null);
  };
}
