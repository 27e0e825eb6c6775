import { sleep } from '@ummah/core';
import type { Middleware } from '../http/compose';
import { MockConnectionReset } from '../http/connection-reset';
import type { FaultController, FaultSpec } from '../http/faults';
import { errorBodyForStatus } from '../http/gateway-error';
import type { GatewayContext } from './request-context';

/** Applies a fault's status or reset; false when the fault only delays. */
function apply(fault: FaultSpec, context: GatewayContext): boolean {
  if (fault.reset) throw new MockConnectionReset();
  if (fault.status === undefined) return false;
  context.result = {
    status: fault.status,
    body: fault.body ?? errorBodyForStatus(fault.status),
    headers: fault.headers ?? {},
  };
  context.replayed = false;
  context.faulted = true;
  return true;
}

/**
 * Takes the first queued fault that matches the request (the mock's own endpoints never take one),
 * waits out its delay (an abort still ends the wait), then answers with its status or drops the
 * connection: instead of processing the request, or after it with `after: true`, so the side effect
 * happens and only the answer is lost.
 */
export function injectFaults(faults: FaultController): Middleware<GatewayContext> {
  return async (context, next) => {
    const fault =
      context.area === 'control'
        ? undefined
        : faults.take(context.method, context.apiPath ?? context.url.pathname);
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs, context.request.signal);
    if (fault && !fault.after && apply(fault, context)) return;
    await next();
    if (fault?.after) apply(fault, context);
  };
}
