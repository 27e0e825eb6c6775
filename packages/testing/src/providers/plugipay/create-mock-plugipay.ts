import { type Operations, operationIds, routes } from '@ummah/schema/plugipay/routes';
import { validators } from '@ummah/schema/plugipay/validators';
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

const PROFILE = providerProfile('plugipay', PLUGIPAY_BASE_URL);

/** The factory of Plugipay mocks whose `handlers` come from `handlersFor`. */
export function mockPlugipayWith(
  handlersFor: ProviderHandlerFactory,
): (options?: ProviderMockOptions) => MockPlugipay {
  return (options = {}) => {
    const engine = new ProviderEngine(PROFILE, options);
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
        ...stepRoutes('checkout_sessions', simulate, ['complete', 'decline', 'expire', 'cancel']),
        ...stepRoutes('refunds', simulate, ['refundSucceeded', 'refundFailed']),
      ],
      clear: () => account.clear(),
      trigger: plugipayTriggers(account, simulate),
    });
    return wrapProvider(engine, simulate, handlersFor);
  };
}
