import type { WebhookEventType } from '@ummah/schema/pebblepay/events';
import type { Order, OrderCreateParams, OrdersListQuery } from '@ummah/schema/pebblepay/types';
import type { ProviderEngine } from '../provider-engine';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';
import type { PebblePayCoupons } from './pebblepay-coupons';

/** An order as the mock keeps it, with where its events go. */
export type MockOrder = Order & { transaction_id: string; order_id: string; status: string; amount: number };

interface StoredOrder {
  readonly order: MockOrder;
  readonly checkoutSessionId: string;
  readonly webhookUrl: string | undefined;
}

/** The order events the mock emits, names of the schema's `webhookEventTypes`. */
type OrderEvent = WebhookEventType;

/** The processing fee, assumed (the reference shows one but not its rate): 2.9% + 0.30 USD. */
function feeOf(amount: number): number {
  return Math.round((amount * 0.029 + 0.3) * 100) / 100;
}

/** An order id in the reference's `PP-XXXX-XXXXXX` form. */
function orderId(): string {
  const hex = crypto.randomUUID().replaceAll('-', '').toUpperCase();
  return `PP-${hex.slice(0, 4)}-${hex.slice(4, 10)}`;
}

/** The PebblePay account's orders and the events their changes send. */
export class PebblePayOrders {
  readonly #orders: StoredOrder[] = [];
  readonly #engine: ProviderEngine;
  readonly #coupons: PebblePayCoupons;

  constructor(engine: ProviderEngine, coupons: PebblePayCoupons) {
    this.#engine = engine;
    this.#coupons = coupons;
  }

  /** A pending order and its hosted checkout. */
  create(params: OrderCreateParams): { checkout_url: string; checkout_session_id: string } & MockOrder {
    // The mock has no product catalogue, so a variant's price is unknown to it.
    if (params.amount === undefined) throw refuse(400, `Unknown variant_id: ${params.variant_id}`);
    const amount = params.coupon_code
      ? this.#coupons.apply(params.coupon_code, params.amount)
      : params.amount;
    const fee = feeOf(amount);
    const order: MockOrder = {
      transaction_id: prefixedId('txn'),
      order_id: orderId(),
      status: 'pending',
      amount,
      fee_amount: fee,
      net_amount: Math.round((amount - fee) * 100) / 100,
      currency: 'USD',
      customer_email: params.customer_email,
      customer_name: params.customer_name,
      product_name: params.product_name,
      order_reference: params.order_reference,
      metadata: params.metadata ?? {},
      // Every key the mock accepts is a test key, so every order is a test payment.
      is_test: true,
    };
    const checkoutSessionId = prefixedId('cs');
    this.#orders.push({ order, checkoutSessionId, webhookUrl: params.webhook_url });
    const checkout_url = new URL(`/checkout/${checkoutSessionId}`, this.#engine.baseURL).href;
    return { checkout_url, checkout_session_id: checkoutSessionId, ...structuredClone(order) };
  }

  /** Newest first, filtered by status, order reference or order id. */
  list(query: OrdersListQuery | undefined): MockOrder[] {
    return this.#orders
      .map(({ order }) => order)
      .filter(
        (order) =>
          (query?.status === undefined || order.status === query.status) &&
          (query?.order_reference === undefined || order.order_reference === query.order_reference) &&
          (query?.order_id === undefined || order.order_id === query.order_id),
      )
      .reverse();
  }

  /** An order by transaction id, order id or checkout session id, or a 404. */
  get(id: string): MockOrder {
    return this.#find(id).order;
  }

  /**
   * Moves an order from `from` to `to` and sends `event` to the configured endpoint and the order's
   * `webhook_url`. Resolves once the first delivery attempts are done.
   */
  async transition(id: string, from: string, to: string, event: OrderEvent): Promise<MockOrder> {
    const stored = this.#find(id);
    if (stored.order.status !== from) {
      throw refuse(400, `Order ${stored.order.order_id} is ${stored.order.status}, not ${from}`);
    }
    stored.order.status = to;
    const eventId = prefixedId('evt');
    const payload = {
      event,
      ...structuredClone(stored.order),
      timestamp: new Date(this.#engine.clock.now()).toISOString(),
    };
    const targets = this.#engine.configuredTargets();
    if (stored.webhookUrl) targets.push({ url: stored.webhookUrl, secret: this.#engine.webhookSecret });
    await this.#engine.deliver({ id: eventId, type: event, payload }, targets);
    return structuredClone(stored.order);
  }

  #find(id: string): StoredOrder {
    const stored = this.#orders.find(
      ({ order, checkoutSessionId }) =>
        order.transaction_id === id || order.order_id === id || checkoutSessionId === id,
    );
    if (!stored) throw refuse(404, 'Order not found');
    return stored;
  }

  clear(): void {
    this.#orders.length = 0;
  }
}
