import { type Operations, operationIds, routes } from '@ummah/schema/plumaas/routes';
import { validators } from '@ummah/schema/plumaas/validators';
import { time } from '../../routes/dashboard-parts';
import { offsetPager } from '../../routes/offset-pager';
import { type MockProvider, type ProviderHandlerFactory, wrapProvider } from '../mock-provider';
import { ProviderEngine } from '../provider-engine';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';
import type { ProviderMockOptions } from '../provider-options';
import { providerProfile } from '../provider-profile';
import { type ProviderHandlers, providerRoutes } from '../provider-routes';
import { stepRoutes } from '../step-routes';
import { type ChargeStep, type MockCharge, PlumaasCharges } from './plumaas-charges';
import { plumaasTriggers } from './plumaas-triggers';

/** What a customer does with a Plumaas charge, and what follows. */
export interface PlumaasSimulator {
  /** The customer pays at `pay_url`: `succeeded`, `charge.succeeded` sent. */
  pay(chargeId: string): Promise<MockCharge>;
  /** The gateway declines: `failed`, `charge.failed` sent. */
  fail(chargeId: string): Promise<MockCharge>;
  /** A refund of a succeeded charge: `refunded`, `charge.refunded` sent. */
  refund(chargeId: string): Promise<MockCharge>;
}

/** The Plumaas mock: a {@link MockProvider} plus the id of its dashboard webhook endpoint. */
export interface MockPlumaas extends MockProvider<PlumaasSimulator> {
  /** The id of the endpoint configured with `webhookUrl`, for `POST /webhook-endpoints/{id}/test`. */
  readonly webhookEndpointId: string;
}

/** The API base URL the plumaas mock answers on by default. */
export const PLUMAAS_BASE_URL = 'https://plumaas.com/api/v1';

/** The mock's profile: its signature scheme, key rule and error bodies. */
export const PLUMAAS_PROFILE = providerProfile('plumaas', PLUMAAS_BASE_URL, {
  keys: { prefix: 'psk_' },
  // Plumaas names the event in a header of its own besides the signature.
  eventHeaders: (event) => ({ 'x-plumaas-event': event.type }),
});

/** A sample object for a test event of each kind, as the dashboard's "Send test" sends. */
function sampleFor(event: string): Record<string, unknown> {
  if (event.startsWith('subscription.')) {
    return { id: prefixedId('sub'), status: event === 'subscription.canceled' ? 'canceled' : 'active' };
  }
  const status = event.split('.')[1] ?? 'succeeded';
  return { id: prefixedId('ch'), amount_cents: 12900, currency: 'USD', status };
}

const STEPS: readonly ChargeStep[] = ['pay', 'fail', 'refund'];

/** The factory of Plumaas mocks whose `handlers` come from `handlersFor`. */
export function mockPlumaasWith(
  handlersFor: ProviderHandlerFactory,
): (options?: ProviderMockOptions) => MockPlumaas {
  return (options = {}) => {
    const engine = new ProviderEngine(PLUMAAS_PROFILE, options);
    const charges = new PlumaasCharges(engine);
    const webhookEndpointId = prefixedId('we');
    const handlers: ProviderHandlers<Operations> = {
      'charges.create': ({ body }) => charges.create(body),
      'webhookEndpoints.test': async ({ params, body }) => {
        if (params.id !== webhookEndpointId || !engine.webhookUrl) {
          throw refuse(404, `No such webhook endpoint: ${params.id}`);
        }
        const eventId = await charges.emit(body.event, sampleFor(body.event));
        const attempt = engine.deliveries.findLast((delivery) => delivery.event_id === eventId);
        return {
          id: eventId,
          event: body.event,
          delivered: attempt?.status === 'delivered',
          response_code: attempt?.response_code ?? null,
        };
      },
    };
    const simulate: PlumaasSimulator = {
      pay: (id) => charges.step(id, 'pay'),
      fail: (id) => charges.step(id, 'fail'),
      refund: (id) => charges.step(id, 'refund'),
    };
    engine.attach({
      api: providerRoutes({ operationIds, routes, validators }, handlers, offsetPager(engine.pageSize)),
      control: stepRoutes('charges', simulate, STEPS),
      clear: () => charges.clear(),
      trigger: plumaasTriggers(charges),
      objects: () => [
        {
          title: 'Charges',
          resource: 'charges',
          columns: ['Amount', 'Description', 'Created'],
          steps: STEPS,
          rows: charges.list().map((charge) => ({
            id: charge.id,
            status: charge.status,
            cells: [
              `${((charge.amount_cents ?? 0) / 100).toFixed(2)} ${charge.currency ?? ''}`,
              charge.description ?? '',
              time(charge.created),
            ],
          })),
        },
      ],
    });
    return Object.assign(wrapProvider(engine, simulate, handlersFor), { webhookEndpointId });
  };
}
