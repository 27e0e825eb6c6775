import type { Middleware } from '../http/compose';
import { isConnectionReset } from '../http/connection-reset';
import type { MockExchange } from '../options';
import type { GatewayContext } from './request-context';

/**
 * Reports every API and control answer to `onResponse` (request logs, schema checks in tests),
 * injected faults included and marked as such: a dropped connection as status 0 with
 * `fault: 'reset'`. Control answers carry a `mock.…` operation id. Files and pages are not reported.
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
      if (reported(context) && isConnectionReset(error)) report(0, undefined, 'reset');
      throw error;
    }
    if (!reported(context) || !context.result) return;
    report(context.result.status, context.result.body, context.faulted ? 'status' : null);
  };
}

function reported(context: GatewayContext): boolean {
  return context.area === 'api' || context.area === 'control';
}
