import { type Operations, operationIds, routes } from '@ummah/schema/plugipay/routes';
import { validators } from '@ummah/schema/plugipay/validators';
import { time } from '../../routes/dashboard-parts';
import { offsetPager } from '../../routes/offset-pager';
import { type MockProvider, type ProviderHandlerFactory, wrapProvider } from '../mock-provider';
import { ProviderEngine } from '../provider-engine';
import type { ProviderMockOptions } from '../provider-options';
import { providerProfile } from '../provider-profile';
import { type ProviderHandlers, providerRoutes } from '../provider-routes';
import { stepRoutes } from '../step-routes';
import { PlugipayAccount } from './plugipay-account';
import { createPlugipaySimulator, type PlugipaySimulator } from './plugipay-simulator';
import { plugipayTriggers } from './plugipay-triggers';

/** The Plugipay mock. */
export type MockPlugipay = MockProvider<PlugipaySimulator>;

/** The API base URL the plugipay mock answers on by default. */
// Plugipay documents no API host (its guide shows SDK calls only); this one is assumed, like the paths.
export const PLUGIPAY_BASE_URL = 'https://api.plugipay.com/v1';

/** The mock's profile: its signature scheme, key rule and error bodies. */
export const PLUGIPAY_PROFILE = providerProfile('plugipay', PLUGIPAY_BASE_URL);

/** The simulated steps of a checkout session and of a refund, each a `/_mock/…/{id}/<step>/` endpoint. */
const SESSION_STEPS = ['complete', 'decline', 'expire', 'cancel'] as const;
const REFUND_STEPS = ['refundSucceeded', 'refundFailed'] as const;

/** The factory of Plugipay mocks whose `handlers` come from `handlersFor`. */
export function mockPlugipayWith(
  handlersFor: ProviderHandlerFactory,
): (options?: ProviderMockOptions) => MockPlugipay {
  return (options = {}) => {
    const engine = new ProviderEngine(PLUGIPAY_PROFILE, options);
    const account = new PlugipayAccount(engine);
    const simulate = createPlugipaySimulator(account);
    const handlers: ProviderHandlers<Operations> = {
      'customers.create': ({ body }) => structuredClone(account.createCustomer(body)),
      'checkoutSessions.create': ({ body }) => structuredClone(account.createSession(body)),
      'refunds.create': ({ body }) => structuredClone(account.createRefund(body)),
    };
    engine.attach({
      api: providerRoutes({ operationIds, routes, validators }, handlers, offsetPager(engine.pageSize)),
      control: [
        ...stepRoutes('checkout_sessions', simulate, SESSION_STEPS),
        ...stepRoutes('refunds', simulate, REFUND_STEPS),
      ],
      clear: () => account.clear(),
      trigger: plugipayTriggers(account, simulate),
      objects: () => [
        {
          title: 'Checkout sessions',
          resource: 'checkout_sessions',
          columns: ['Amount', 'Customer', 'Expires'],
          steps: SESSION_STEPS,
          rows: [...account.sessions.values()].reverse().map((session) => ({
            id: session.id,
            status: session.status ?? '',
            cells: [
              `${session.amount} ${session.currency}`,
              session.customerId ?? '',
              time(session.expiresAt),
            ],
          })),
        },
        {
          title: 'Customers',
          resource: 'customers',
          columns: ['Email', 'Name'],
          steps: [],
          rows: [...account.customers.values()].reverse().map((customer) => ({
            id: customer.id,
            status: '',
            cells: [customer.email ?? '', customer.name ?? ''],
          })),
        },
        {
          title: 'Refunds',
          resource: 'refunds',
          columns: ['Payment', 'Amount'],
          steps: REFUND_STEPS,
          rows: [...account.refunds.values()].reverse().map((refund) => ({
            id: refund.id,
            status: refund.status ?? '',
            cells: [refund.paymentId, String(refund.amount)],
          })),
        },
      ],
    });
    return wrapProvider(engine, simulate, handlersFor);
  };
}
