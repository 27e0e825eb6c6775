import { type Operations, operationIds, routes } from '@ummah/schema/plexos/routes';
import { validators } from '@ummah/schema/plexos/validators';
import { z } from 'zod';
import { json } from '../../http/mock-result';
import { mockRoute } from '../../routes/mock-route';
import { offsetPager } from '../../routes/offset-pager';
import { type MockProvider, wrapProvider } from '../mock-provider';
import { ProviderEngine, type ProviderProfile } from '../provider-engine';
import { codedErrors } from '../provider-errors';
import type { ProviderMockOptions } from '../provider-options';
import { type ProviderHandlers, providerRoutes } from '../provider-routes';
import { stepRoutes } from '../step-routes';
import { PlexosAccount } from './plexos-account';
import { createPlexosSimulator, type PlexosSimulator } from './plexos-simulator';

/** The Plexos Pay mock. */
export type MockPlexos = MockProvider<PlexosSimulator>;

/** The API base URL the plexos mock answers on by default. */
export const PLEXOS_BASE_URL = 'https://api.plexospay.com/v1';

const PROFILE: ProviderProfile = {
  scheme: 'plexos',
  defaultBaseURL: PLEXOS_BASE_URL,
  keys: { prefix: 'sk_' },
  errors: codedErrors,
};

const PaymentBody = z.object({
  amount: z.string().optional(),
  currency: z.string().optional(),
  operator: z.string().optional(),
  operatorPhone: z.string().optional(),
});

/**
 * Creates a stateful mock of the Plexos Pay API: `POST /webhooks` registers an endpoint and returns
 * its one-time `secret`, and the simulated payments send their events to it, signed with that secret
 * (`X-Plexos-Signature`, verifiable with `verifyWebhook({ scheme: 'plexos', secret })`).
 *
 * @example
 * import { createMockPlexos } from '@ummah/testing';
 *
 * const plexos = createMockPlexos();
 * const response = await plexos.fetch(`${plexos.baseURL}/webhooks`, {
 *   method: 'POST',
 *   headers: { authorization: `Bearer ${plexos.apiKey}`, 'content-type': 'application/json' },
 *   body: JSON.stringify({ url: 'https://myapp.com/webhooks/plexos', events: ['payment.debited'] }),
 * });
 * const { secret } = await response.json();
 * const payment = await plexos.simulate.createPayment();
 * await plexos.simulate.debit(payment.id); // payment.debited, signed with `secret`
 */
export function createMockPlexos(options: ProviderMockOptions = {}): MockPlexos {
  const engine = new ProviderEngine(PROFILE, options);
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
      ...stepRoutes('payments', simulate, ['debit', 'settle', 'fail', 'expire', 'cancel', 'refund']),
    ],
    clear: () => account.clear(),
  });
  return wrapProvider(engine, simulate);
}
