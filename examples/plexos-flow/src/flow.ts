import { Plexos } from '@ummah/plexos';
import { createMockPlexos } from '@ummah/testing';
import { startReceiver } from './receiver.js';

/**
 * A Plexos Pay payment from creation to refund, against the in-process mock. The merchant registers
 * its webhook endpoint with the client and keeps the one-time secret; the payment, its debit and its
 * refund are simulated (the Plexos API has no payment or refund call), and every signed webhook lands
 * in a local HTTP receiver that verifies it with that secret.
 */
export async function runPlexosFlow() {
  let secret = '';
  const receiver = await startReceiver((payload, headers) =>
    plexos.webhooks.verify({ payload, headers, secret }),
  );
  const mock = createMockPlexos();
  const plexos = new Plexos(mock.apiKey, { baseURL: mock.baseURL, fetch: mock.fetch });

  const endpoint = await plexos.webhooks.create({
    url: receiver.url,
    events: ['payment.created', 'payment.debited', 'refund.created', 'refund.succeeded'],
    description: 'Shop webhooks',
  });
  secret = endpoint.secret ?? '';
  const created = await mock.simulate.createPayment({ amount: '10000', currency: 'CVE' });
  const debited = await mock.simulate.debit(created.id);
  const refund = await mock.simulate.refund(created.id);
  await mock.settled();
  return {
    endpoint,
    payment: created,
    statuses: [created.status, debited.status, refund.status],
    events: receiver.events,
    deliveries: mock.deliveries,
    receiver,
    close: async () => {
      mock.close();
      await receiver.close();
    },
  };
}
