import { Plumaas } from '@ummah/plumaas';
import { createMockPlumaas } from '@ummah/testing';
import { startReceiver } from './receiver.js';

/**
 * A Plumaas charge from creation to refund, against the in-process mock: the merchant creates the
 * charge, the customer pays (simulated), the charge is refunded (simulated: the Plumaas API has no
 * refund call), and every signed webhook lands in a local HTTP receiver that verifies it.
 */
export async function runPlumaasFlow() {
  const receiver = await startReceiver((payload, headers) =>
    plumaas.webhooks.verify({ payload, headers, secret: mock.webhookSecret }),
  );
  const mock = createMockPlumaas({ webhookUrl: receiver.url });
  const plumaas = new Plumaas(mock.apiKey, { baseURL: mock.baseURL, fetch: mock.fetch });

  const charge = await plumaas.charges.create({
    org_id: 'org_1',
    amount_cents: 12900,
    currency: 'USD',
    description: 'Pro plan, December',
  });
  if (!charge.id) throw new Error('Plumaas answered a charge without an id.');
  const paid = await mock.simulate.pay(charge.id);
  const refunded = await mock.simulate.refund(charge.id);
  await mock.settled();
  return {
    charge,
    statuses: [charge.status, paid.status, refunded.status],
    events: receiver.events,
    deliveries: mock.deliveries,
    receiver,
    close: async () => {
      mock.close();
      await receiver.close();
    },
  };
}
