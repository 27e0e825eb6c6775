import { z } from 'zod';
import type { DeliveryRecord } from '../domain/records';
import type { FaultController, FaultSpec } from '../http/faults';
import { badRequest } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import type { Simulator } from '../simulate';
import { mockRoute } from './mock-route';

/** What the control endpoints every mock has drive. */
export interface CommonControlParts {
  readonly faults: FaultController;
  /** Every delivery attempt so far. */
  readonly deliveries: () => readonly unknown[];
  /** Forgets everything. */
  readonly reset: () => void;
}

/** What the Ummah gateway's control endpoints drive. */
export interface ControlParts extends CommonControlParts {
  readonly simulate: Simulator;
  /** Every delivery attempt so far. */
  readonly deliveries: () => readonly DeliveryRecord[];
}

const CheckoutBody = z.object({
  outcome: z.enum(['paid', 'failed', 'hold']).optional(),
  method: z.string().optional(),
});
const RenewalBody = z.object({ outcome: z.enum(['paid', 'failed']).optional() });

/**
 * The mock's own endpoints under `/_mock/`, for the CLI server where tests and scripts cannot call
 * `gateway.simulate` directly. They need no API key and do not exist on the real gateway.
 */
export function controlRoutes({ simulate, ...common }: ControlParts): GatewayRoute[] {
  return [
    mockRoute(
      'POST',
      '/purchases/{id}/checkout/',
      'mock.checkout',
      async ({ params, body }) =>
        json(await simulate.checkout(params.id!, body as z.infer<typeof CheckoutBody>)),
      CheckoutBody,
    ),
    mockRoute(
      'POST',
      '/billing_templates/{id}/clients/{client_id}/renewal/',
      'mock.renewal',
      async ({ params, body }) =>
        json(await simulate.renewal(params.id!, params.client_id!, body as z.infer<typeof RenewalBody>)),
      RenewalBody,
    ),
    ...commonControlRoutes(common),
  ];
}

/**
 * The control endpoints of every mock: health, faults, the delivery log and reset. They need no API
 * key and do not exist on the real APIs.
 */
export function commonControlRoutes({ faults, deliveries, reset }: CommonControlParts): GatewayRoute[] {
  return [
    mockRoute('GET', '/health/', 'mock.health', () => json({ ok: true })),
    mockRoute('POST', '/faults/', 'mock.faults', ({ body }) => {
      try {
        faults.next(body as FaultSpec);
      } catch (error) {
        throw badRequest({ non_field_errors: [error instanceof Error ? error.message : 'Invalid fault.'] });
      }
      return json({ pending: faults.pending }, 201);
    }),
    mockRoute('GET', '/deliveries/', 'mock.deliveries', () =>
      json({ results: structuredClone(deliveries()) }),
    ),
    mockRoute('POST', '/reset/', 'mock.reset', () => {
      reset();
      return noContent();
    }),
  ];
}
