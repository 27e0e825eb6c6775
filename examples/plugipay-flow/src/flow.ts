import { Plugipay } from '@ummah/plugipay';
import { createMockPlugipay } from '@ummah/testing';
import { startReceiver } from './receiver.js';

/**
 * A Plugipay checkout from session to refund, against the in-process mock: the merchant opens a
 * checkout session, the customer pays (simulated), the merchant refunds the payment and Plugipay
 * settles the refund (simulated); every signed webhook lands in a local HTTP receiver that verifies it.
 */
export async function runPlugipayFlow() {
  const receiver = await startReceiver((payload, headers) =>
    plugipay.webhooks.verify({ payload, headers, secret: mock.webhookSecret }),
  );
  const mock = createMockPlugipay({ webhookUrl: receiver.url });
  // Plugipay documents no API host, so the client always takes a baseURL: here the mock's.
  const plugipay = new Plugipay(mock.apiKey, { baseURL: mock.baseURL, fetch: mock.fetch });

  const session = await plugipay.checkoutSessions.create({
    amount: 250000,
    currency: 'IDR',
    description: 'Pro plan upgrade',
    successUrl: 'https://shop.example/payment/success',
    cancelUrl: 'https://shop.example/payment/cancel',
    metadata: { invoiceId: 'inv_2026_001' },
  });
  const completed = await mock.simulate.complete(session.id);
  if (typeof completed.paymentId !== 'string') throw new Error('The completed session has no payment.');
  const refund = await plugipay.refunds.create({
    paymentId: completed.paymentId,
    reason: 'requested_by_customer',
  });
  if (!refund.id) throw new Error('Plugipay answered a refund without an id.');
  const settled = await mock.simulate.refundSucceeded(refund.id);
  await mock.settled();
  return {
    session,
    refund,
    statuses: [session.status, completed.status, refund.status, settled.status],
    paymentId: completed.paymentId,
    events: receiver.events,
    deliveries: mock.deliveries,
    receiver,
    close: async () => {
      mock.close();
      await receiver.close();
    },
  };
}
