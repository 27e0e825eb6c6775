import { type Operations, operationIds, routes } from '@ummah/schema/plexos/routes';
import { validators } from '@ummah/schema/plexos/validators';
import { z } from 'zod';
import { json } from '../../http/mock-result';
import { mockRoute } from '../../routes/mock-route';
import { offsetPager } from '../../routes/offset-pager';
import { type MockProvider, type ProviderHandlerFactory, wrapProvider } from '../mock-provider';
import { ProviderEngine } from '../provider-engine';
import type { ProviderMockOptions } from '../provider-options';
import { providerProfile } from '../provider-profile';
import { type ProviderHandlers, providerRoutes } from '../provider-routes';
import { stepRoutes } from '../step-routes';
import { PlexosAccount } from './plexos-account';
import { createPlexosSimulator, type PlexosSimulator } from './plexos-simulator';
import { plexosTriggers } from './plexos-triggers';

/** The Plexos Pay mock. */
export type MockPlexos = MockProvider<PlexosSimulator>;

/** The API base URL the plexos mock answers on by default. */
export const PLEXOS_BASE_URL = 'https://api.plexospay.com/v1';

/** The mock's profile: its signature scheme, key rule and error bodies. */
export const PLEXOS_PROFILE = providerProfile('plexos', PLEXOS_BASE_URL);

const PaymentBody = z.object({
  amount: z.string().optional(),
  currency: z.string().optional(),
  operator: z.string().optional(),
  operatorPhone: z.string().optional(),
});

/** The simulated steps of a payment, each a `/_mock/payments/{id}/<step>/` endpoint. */
const PAYMENT_STEPS = ['debit', 'settle', 'fail', 'expire', 'cancel', 'refund'] as const;

/** The factory of Plexos mocks whose `handlers` come from `handlersFor`. */
export function mockPlexosWith(
  handlersFor: ProviderHandlerFactory,
): (options?: ProviderMockOptions) => MockPlexos {
  return (options = {}) => {
    const engine = new ProviderEngine(PLEXOS_PROFILE, options);
    const account = new PlexosAccount(engine);
    const simulate = createPlexosSimulator(account);
    const handlers: ProviderHandlers<Operations> = {
      'webhooks.create': ({ body }) => structuredClone(account.createWebhook(body)),
    };
    engine.attach({
      api: providerRoutes({ operationIds, routes, validators }, handlers, offsetPager(engine.pageSize)),
      control: [
        mockRoute(
          'POST',
          '/payments/',
          'mock.payments.create',
          async ({ body }) => json(await simulate.createPayment(body as z.infer<typeof PaymentBody>), 201),
          PaymentBody,
        ),
        ...stepRoutes('payments', simulate, PAYMENT_STEPS),
      ],
      clear: () => account.clear(),
      trigger: plexosTriggers(account, simulate),
      objects: () => [
        {
          title: 'Payments',
          resource: 'payments',
          columns: ['Amount', 'Operator', 'Phone'],
          steps: PAYMENT_STEPS,
          rows: [...account.payments.values()].reverse().map((payment) => ({
            id: payment.id,
            status: payment.status,
            cells: [
              `${payment.amount} ${payment.currency}`,
              payment.operator ?? '',
              payment.operatorPhone ?? '',
            ],
          })),
        },
      ],
    });
    return wrapProvider(engine, simulate, handlersFor);
  };
}
