import { type WebhookEventType, webhookEventTypes } from '@ummah/schema/pebblepay/events';
import type { EventTrigger } from '../../routes/trigger-routes';
import type { PebblePayOrders } from './pebblepay-orders';

/**
 * PebblePay's triggers, one per event its description lists (the record must name every one), each
 * walking a new order through the transitions the API and the simulator make.
 */
export function pebblepayTriggers(orders: PebblePayOrders): EventTrigger {
  const order = (): string =>
    orders.create({ amount: 10, product_name: 'Triggered order', customer_email: 'trigger@example.com' })
      .transaction_id;
  const completed = async (): Promise<string> =>
    (await orders.transition(order(), 'pending', 'completed', 'payment.completed')).transaction_id;
  const flows: Record<WebhookEventType, () => Promise<string>> = {
    'payment.completed': completed,
    'payment.failed': async () =>
      (await orders.transition(order(), 'pending', 'failed', 'payment.failed')).transaction_id,
    'payment.refunded': async () =>
      (await orders.transition(await completed(), 'completed', 'refunded', 'payment.refunded'))
        .transaction_id,
    'payment.disputed': async () =>
      (await orders.transition(await completed(), 'completed', 'completed', 'payment.disputed'))
        .transaction_id,
  };
  return {
    events: webhookEventTypes,
    fire: async (event) => ({ event, object_id: await flows[event as WebhookEventType]() }),
  };
}
