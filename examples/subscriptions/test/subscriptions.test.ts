import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ummah } from '@ummah/payments';
import { createMockGateway, type MockGateway } from '@ummah/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTrialPlan,
  pauseSubscription,
  resumeSubscription,
  subscribeCustomer,
} from '../src/subscriptions.js';

const brandId = '409eb80e-3782-4b1d-afa8-b779759266a5';
let gateway: MockGateway;
let ummah: Ummah;

beforeEach(() => {
  gateway = createMockGateway();
  ummah = new Ummah('sk_test_subscriptions', { fetch: gateway.fetch });
});

afterEach(() => gateway.close());

describe('a monthly plan with a free trial', () => {
  it('is a subscription template billed monthly after one free period', async () => {
    const plan = await createTrialPlan(ummah, { brandId, title: 'Pro', price: 2900, currency: 'USD' });
    const stored = await ummah.billingTemplates.retrieve(plan.id);
    expect(stored).toMatchObject({
      is_subscription: true,
      subscription_period: 1,
      subscription_period_units: 'months',
      subscription_trial_periods: 1,
      force_recurring: true,
      purchase: { currency: 'USD', products: [{ name: 'Pro', price: 2900 }] },
    });
  });

  it('subscribes a customer without charging them until the trial ends', async () => {
    const plan = await createTrialPlan(ummah, { brandId, title: 'Pro', price: 2900, currency: 'USD' });
    const { client, subscriber, firstPurchase } = await subscribeCustomer(ummah, plan.id, 'ana@example.com');
    expect(client.email).toBe('ana@example.com');
    expect(firstPurchase).toBeNull();
    expect(subscriber.status).toBe('active');
    expect(subscriber.client_id).toBe(client.id);
    expect(subscriber.next_billing_on).toBeGreaterThan(subscriber.created_on ?? 0);
    const subscribers = await ummah.billingTemplates.subscribers.list(plan.id);
    expect(subscribers.results.map((s) => s.client_id)).toEqual([client.id]);
  });

  it('charges no renewal while paused and charges again once resumed', async () => {
    const plan = await createTrialPlan(ummah, { brandId, title: 'Pro', price: 2900, currency: 'USD' });
    const { client } = await subscribeCustomer(ummah, plan.id, 'ana@example.com');
    expect((await gateway.simulate.renewal(plan.id, client.id)).status).toBe('paid');

    expect((await pauseSubscription(ummah, plan.id, client.id)).status).toBe('subscription_paused');
    await expect(gateway.simulate.renewal(plan.id, client.id)).rejects.toThrow();
    expect(
      (await ummah.billingTemplates.subscribers.retrieve(plan.id, client.id)).number_of_billing_cycles_passed,
    ).toBe(1);

    expect((await resumeSubscription(ummah, plan.id, client.id)).status).toBe('active');
    expect((await gateway.simulate.renewal(plan.id, client.id)).status).toBe('paid');
    expect(await ummah.billingTemplates.subscribers.retrieve(plan.id, client.id)).toMatchObject({
      status: 'active',
      number_of_billing_cycles_passed: 2,
    });
  });
});

describe('pnpm start', () => {
  it('walks the trial, pause and resume against the mock and reports two charged cycles', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      {
        cwd: root,
      },
    );
    expect(stderr).toBe('');
    expect(stdout).toContain('Subscribed ana@example.com: active, charged now: no');
    expect(stdout).toContain('Trial over, first charge: paid');
    expect(stdout).toContain('Paused: subscription_paused');
    expect(stdout).toContain('Renewal while paused: not charged');
    expect(stdout).toContain('Resumed: active');
    expect(stdout).toContain('Billing cycles charged: 2');
  }, 30_000);
});
