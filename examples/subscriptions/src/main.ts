// The subscription lifecycle against the in-memory mock gateway: `pnpm start`.
// Renewals are the gateway's scheduler at work; the mock's `simulate.renewal` stands in for it.
import { Ummah } from '@ummah/payments';
import { createMockGateway } from '@ummah/testing';
import {
  createTrialPlan,
  pauseSubscription,
  resumeSubscription,
  subscribeCustomer,
} from './subscriptions.js';

const gateway = createMockGateway();
const ummah = new Ummah('sk_test_subscriptions_demo', { fetch: gateway.fetch });
const brandId = '409eb80e-3782-4b1d-afa8-b779759266a5';

const price = 2900; // 29.00 in cents: money is always an integer in the smallest unit
const plan = await createTrialPlan(ummah, { brandId, title: 'Pro monthly', price, currency: 'USD' });
console.log(
  `Plan ${plan.title}: ${plan.subscription_trial_periods} free month, then ${(price / 100).toFixed(2)} USD monthly`,
);

const { client, subscriber, firstPurchase } = await subscribeCustomer(ummah, plan.id, 'ana@example.com');
const trialEnds = new Date((subscriber.next_billing_on ?? 0) * 1000).toISOString().slice(0, 10);
console.log(
  `Subscribed ${client.email}: ${subscriber.status}, charged now: ${firstPurchase ? 'yes' : 'no'}, trial ends ${trialEnds}`,
);

const renewal = await gateway.simulate.renewal(plan.id, client.id);
console.log(`Trial over, first charge: ${String(renewal.status)}`);

const paused = await pauseSubscription(ummah, plan.id, client.id);
console.log(`Paused: ${paused.status}`);
await gateway.simulate.renewal(plan.id, client.id).then(
  () => console.log('Renewal while paused: charged (unexpected)'),
  () => console.log('Renewal while paused: not charged'),
);

const resumed = await resumeSubscription(ummah, plan.id, client.id);
console.log(`Resumed: ${resumed.status}`);
await gateway.simulate.renewal(plan.id, client.id);

const current = await ummah.billingTemplates.subscribers.retrieve(plan.id, client.id);
console.log(`Billing cycles charged: ${current.number_of_billing_cycles_passed}`);
gateway.close();
