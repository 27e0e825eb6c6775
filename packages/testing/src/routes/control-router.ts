import type { GatewayEngine } from '../gateway-engine';
import { isJsonObject } from '../http/body-reader';
import type { FaultSpec } from '../http/faults';
import { badRequest } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import { Router } from '../http/router';
import { createSimulator } from '../simulate';
import { type ApiRoute, reader } from './route-helpers';

const OUTCOMES = ['paid', 'failed', 'hold'] as const;

/**
 * The mock's own endpoints under `/_mock/`, for the CLI server where tests and scripts cannot call
 * `gateway.simulate` directly. They need no API key and do not exist on the real gateway.
 */
const controlRoutes: ApiRoute[] = [
  { method: 'GET', path: '/health/', operationId: 'mock.health', handler: () => json({ ok: true }) },
  {
    method: 'POST',
    path: '/purchases/{id}/checkout/',
    operationId: 'mock.checkout',
    handler: async (context) => {
      const body = reader(context);
      const outcome = body.choice('outcome', OUTCOMES) ?? 'paid';
      const method = body.string('method');
      body.assertValid();
      return json(await createSimulator(context.gateway).checkout(context.params.id!, { outcome, method }));
    },
  },
  {
    method: 'POST',
    path: '/billing_templates/{id}/clients/{client_id}/renewal/',
    operationId: 'mock.renewal',
    handler: async (context) => {
      const body = reader(context);
      const outcome = body.choice('outcome', ['paid', 'failed'] as const) ?? 'paid';
      body.assertValid();
      const simulator = createSimulator(context.gateway);
      return json(await simulator.renewal(context.params.id!, context.params.client_id!, { outcome }));
    },
  },
  {
    method: 'POST',
    path: '/faults/',
    operationId: 'mock.faults',
    handler: (context) => {
      const spec = context.body as FaultSpec;
      if (!isJsonObject(context.body)) throw badRequest({ non_field_errors: ['Expected a fault object.'] });
      try {
        context.gateway.faults.next(spec);
      } catch (error) {
        throw badRequest({ non_field_errors: [error instanceof Error ? error.message : 'Invalid fault.'] });
      }
      return json({ pending: context.gateway.faults.pending }, 201);
    },
  },
  {
    method: 'GET',
    path: '/deliveries/',
    operationId: 'mock.deliveries',
    handler: (context) => json({ results: structuredClone(context.gateway.state.deliveries) }),
  },
  {
    method: 'POST',
    path: '/reset/',
    operationId: 'mock.reset',
    handler: (context) => {
      context.gateway.reset();
      return noContent();
    },
  },
];

/** The router of the `/_mock/` endpoints. */
export function controlRouter(): Router<GatewayEngine> {
  return new Router<GatewayEngine>().add(...controlRoutes);
}
