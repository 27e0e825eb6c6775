import { z } from 'zod';
import { InvalidDurationError } from '../domain/duration';
import type { DeliveryRecord } from '../domain/records';
import type { TestClock } from '../domain/test-clock';
import type { FaultController, FaultSpec } from '../http/faults';
import { badRequest } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import type { Simulator } from '../simulate';
import { mockRoute } from './mock-route';
import { resendRoute } from './resend-route';
import { type EventTrigger, triggerRoutes } from './trigger-routes';

/** What the control endpoints every mock has drive. */
export interface CommonControlParts {
  readonly faults: FaultController;
  /** The test clock the advance endpoint moves. */
  readonly clock: TestClock;
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
  /** Fires any event of the schema's list. */
  readonly trigger: EventTrigger;
  /** Sends a logged delivery again, to the same place, signed again. */
  readonly resend: (deliveryId: string) => Promise<void>;
  /** The dashboard's contents, as an HTML fragment. */
  readonly dashboard: () => Promise<string>;
}

const CheckoutBody = z.object({
  outcome: z.enum(['paid', 'failed', 'hold']).optional(),
  method: z.string().optional(),
});
const RenewalBody = z.object({ outcome: z.enum(['paid', 'failed']).optional() });
const AdvanceBody = z.object({ duration: z.union([z.string(), z.number()]) });

/**
 * The mock's own endpoints under `/_mock/`, for the CLI server and the dashboard, where scripts and
 * browsers cannot call `gateway.simulate` directly. They take one of the mock's API keys and do not
 * exist on the real gateway.
 */
export function controlRoutes({
  simulate,
  trigger,
  resend,
  dashboard,
  ...common
}: ControlParts): GatewayRoute[] {
  return [
    ...triggerRoutes(trigger),
    resendRoute(resend, common.deliveries),
    mockRoute('GET', '/dashboard/', 'mock.dashboard', async () => ({
      status: 200,
      text: await dashboard(),
      contentType: 'text/html; charset=utf-8',
    })),
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
 * The control endpoints of every mock: health, faults, the test clock, the delivery log and reset.
 * They take one of the mock's API keys and do not exist on the real APIs.
 */
export function commonControlRoutes({
  faults,
  clock,
  deliveries,
  reset,
}: CommonControlParts): GatewayRoute[] {
  return [
    mockRoute('GET', '/health/', 'mock.health', () => json({ ok: true })),
    mockRoute('GET', '/clock/', 'mock.clock', () =>
      json({ now: clock.now(), advanced_ms: clock.advancedMs }),
    ),
    mockRoute(
      'POST',
      '/clock/advance/',
      'mock.advance',
      async ({ body }) => {
        try {
          return json(await clock.advance((body as z.infer<typeof AdvanceBody>).duration));
        } catch (error) {
          if (error instanceof InvalidDurationError) throw badRequest({ duration: [error.message] });
          throw error;
        }
      },
      AdvanceBody,
    ),
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
