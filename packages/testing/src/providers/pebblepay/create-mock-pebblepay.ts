import { type Operations, operationIds, routes } from '@ummah/schema/pebblepay/routes';
import { validators } from '@ummah/schema/pebblepay/validators';
import { offsetPager } from '../../routes/offset-pager';
import { type MockProvider, type ProviderHandlerFactory, wrapProvider } from '../mock-provider';
import { ProviderEngine } from '../provider-engine';
import { providerErrors } from '../provider-errors';
import type { ProviderMockOptions } from '../provider-options';
import { providerProfile } from '../provider-profile';
import { type ProviderHandlers, providerRoutes } from '../provider-routes';
import { stepRoutes } from '../step-routes';
import { PebblePayCoupons } from './pebblepay-coupons';
import { type MockOrder, PebblePayOrders } from './pebblepay-orders';
import { pebblepayTriggers } from './pebblepay-triggers';

/** What a customer (or their bank) does with a PebblePay order, and what follows. */
export interface PebblePaySimulator {
  /** The customer pays at `checkout_url`: `completed`, `payment.completed` sent. */
  complete(orderId: string): Promise<MockOrder>;
  /** The payment attempt fails: `failed`, `payment.failed` sent. */
  fail(orderId: string): Promise<MockOrder>;
  /** The customer opens a dispute on a completed order: `payment.disputed` sent. */
  dispute(orderId: string): Promise<MockOrder>;
}

/** The PebblePay mock. */
export type MockPebblePay = MockProvider<PebblePaySimulator>;

/** The API base URL the pebblepay mock answers on by default. */
export const PEBBLEPAY_BASE_URL = 'https://payments.pebblepay.io/api/v1';

/** The mock's profile: its signature scheme, key rule and error bodies. */
export const PEBBLEPAY_PROFILE = providerProfile('pebblepay', PEBBLEPAY_BASE_URL, {
  keys: { prefix: 'sk_', apiKeyHeader: true },
  // PebblePay documents its errors as `{ "error": "<message>" }`.
  errors: providerErrors(({ message }) => ({ error: message })),
});

/** The factory of PebblePay mocks whose `handlers` come from `handlersFor`. */
export function mockPebblePayWith(
  handlersFor: ProviderHandlerFactory,
): (options?: ProviderMockOptions) => MockPebblePay {
  return (options = {}) => {
    const engine = new ProviderEngine(PEBBLEPAY_PROFILE, options);
    const coupons = new PebblePayCoupons();
    const orders = new PebblePayOrders(engine, coupons);
    const handlers: ProviderHandlers<Operations> = {
      'orders.create': ({ body }) => orders.create(body),
      'orders.list': ({ query }) => orders.list(query),
      'orders.retrieve': ({ params }) => orders.get(params.id),
      'orders.refund': async ({ params, body }) => {
        const order = await orders.transition(params.id, 'completed', 'refunded', 'payment.refunded');
        return {
          success: true,
          transaction_id: order.transaction_id,
          status: order.status,
          refund_amount: order.amount,
          reason: body?.reason ?? null,
        };
      },
      'coupons.create': ({ body }) => coupons.create(body),
      'coupons.list': ({ query }) => coupons.list(query),
      'coupons.retrieve': ({ params }) => coupons.get(params.id),
      'coupons.update': ({ params, body }) => coupons.update(params.id, body),
      'coupons.delete': ({ params }) => coupons.delete(params.id),
    };
    const simulate: PebblePaySimulator = {
      complete: (id) => orders.transition(id, 'pending', 'completed', 'payment.completed'),
      fail: (id) => orders.transition(id, 'pending', 'failed', 'payment.failed'),
      dispute: (id) => orders.transition(id, 'completed', 'completed', 'payment.disputed'),
    };
    const steps = ['complete', 'fail', 'dispute'] as const;
    engine.attach({
      api: providerRoutes({ operationIds, routes, validators }, handlers, offsetPager(engine.pageSize)),
      control: stepRoutes('orders', simulate, steps),
      clear: () => {
        orders.clear();
        coupons.clear();
      },
      trigger: pebblepayTriggers(orders),
      objects: () => [
        {
          title: 'Orders',
          resource: 'orders',
          columns: ['Order', 'Amount', 'Product', 'Customer'],
          steps,
          rows: orders.list(undefined).map((order) => ({
            id: order.transaction_id,
            status: order.status,
            cells: [
              order.order_id,
              `${order.amount} ${order.currency ?? 'USD'}`,
              order.product_name ?? '',
              order.customer_email ?? '',
            ],
          })),
        },
        {
          title: 'Coupons',
          resource: 'coupons',
          columns: ['Code', 'Discount', 'Used'],
          steps: [],
          rows: coupons.list(undefined).map((coupon) => ({
            id: coupon.id,
            status: coupon.is_active ? 'active' : 'inactive',
            cells: [
              coupon.code,
              `${coupon.discount_value} ${coupon.discount_type}`,
              String(coupon.times_used),
            ],
          })),
        },
      ],
    });
    return wrapProvider(engine, simulate, handlersFor);
  };
}
