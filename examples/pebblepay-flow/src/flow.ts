import { type OrderCheckout, PebblePay, type WithUnknownFields } from '@ummah/pebblepay';
import { createMockPebblePay } from '@ummah/testing';
import { startReceiver } from './receiver.js';

/**
 * A PebblePay order from checkout to refund, against the in-process mock: the merchant creates the
 * order, the customer pays (simulated), the merchant refunds it with the client, and every signed
 * webhook lands in a local HTTP receiver that verifies it.
 */
export async function runPebblePayFlow() {
  const receiver = await startReceiver((payload, headers) =>
    pebble.webhooks.verify({ payload, headers, secret: mock.webhookSecret }),
  );
  const mock = createMockPebblePay({ webhookUrl: receiver.url });
  const pebble = new PebblePay(mock.apiKey, { baseURL: mock.baseURL, fetch: mock.fetch });

  // The reference documents only `checkout_url` in this answer; the transaction id, order id and
  // status PebblePay sends with it are read as undeclared fields, checked before use.
  const order = (await pebble.orders.create({
    amount: 29.99,
    product_name: 'Premium License',
    order_reference: 'ORD-1001',
    customer_email: 'john@example.com',
  })) as WithUnknownFields<OrderCheckout>;
  const id = order.transaction_id;
  if (typeof id !== 'string') throw new Error('PebblePay answered an order without a transaction id.');
  const completed = await mock.simulate.complete(id);
  const refund = await pebble.orders.refund(id, { reason: 'Customer requested refund' });
  const stored = await pebble.orders.retrieve(id);
  await mock.settled();
  return {
    order,
    refund,
    statuses: [order.status, completed.status, stored.status],
    events: receiver.events,
    deliveries: mock.deliveries,
    receiver,
    close: async () => {
      mock.close();
      await receiver.close();
    },
  };
}
