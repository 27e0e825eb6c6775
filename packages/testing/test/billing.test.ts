import type {
  BillingTemplate,
  BillingTemplateClient,
  Client,
  Purchase,
  SubscribeResult,
} from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { BRAND, call, testGateway } from './support';

type Gateway = ReturnType<typeof testGateway>;

const PLAN = {
  brand_id: BRAND,
  title: 'Monthly',
  is_subscription: true,
  subscription_period: 1,
  subscription_period_units: 'months',
  purchase: { products: [{ name: 'Monthly Plan', price: 999 }], currency: 'USD' },
};

async function client(gateway: Gateway, email = 'subscriber@example.com'): Promise<Client> {
  return (await call<Client>(gateway, 'POST', '/clients/', { email })).body;
}

async function plan(gateway: Gateway, overrides: Record<string, unknown> = {}): Promise<BillingTemplate> {
  const result = await call<BillingTemplate>(gateway, 'POST', '/billing_templates/', {
    ...PLAN,
    ...overrides,
  });
  expect(result.status).toBe(201);
  return result.body;
}

describe('billing templates', () => {
  it('creates, lists, replaces and deletes templates', async () => {
    const gateway = testGateway();
    const template = await plan(gateway);
    expect(template).toMatchObject({ is_subscription: true, subscription_period_units: 'months' });
    expect(template.purchase?.total_amount).toBe(999);
    const list = await call<{ results: BillingTemplate[] }>(gateway, 'GET', '/billing_templates/');
    expect(list.body.results).toHaveLength(1);
    const replaced = await call<BillingTemplate>(gateway, 'PUT', `/billing_templates/${template.id}/`, {
      is_subscription: false,
      purchase: { products: [{ name: 'Updated', price: 1299 }] },
    });
    expect(replaced.body).toMatchObject({
      is_subscription: false,
      subscription_period: null,
      brand_id: BRAND,
    });
    expect(replaced.body.purchase?.total_amount).toBe(1299);
    expect((await call(gateway, 'DELETE', `/billing_templates/${template.id}/`)).status).toBe(204);
    expect((await call(gateway, 'GET', `/billing_templates/${template.id}/`)).status).toBe(404);
  });

  it('keeps the brand of a template when a replacement does not name one', async () => {
    const gateway = testGateway();
    const other = '11111111-2222-3333-4444-555555555555';
    const template = await plan(gateway, { brand_id: other });
    const replaced = await call<BillingTemplate>(gateway, 'PUT', `/billing_templates/${template.id}/`, {
      is_subscription: false,
      purchase: { products: [{ name: 'Updated', price: 1299 }] },
    });
    expect(replaced.body.brand_id).toBe(other);
  });

  it('requires a period for subscription templates', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'POST', '/billing_templates/', {
      ...PLAN,
      subscription_period: undefined,
    });
    expect(result.status).toBe(400);
    expect(result.body.details?.subscription_period).toEqual(['This field is required.']);
  });

  it('subscribes a client: first purchase, activation on payment, pause and resume', async () => {
    const gateway = testGateway();
    const template = await plan(gateway);
    const subscriber = await client(gateway);
    const subscribed = await call<SubscribeResult>(
      gateway,
      'POST',
      `/billing_templates/${template.id}/add_subscriber/`,
      {
        client_id: subscriber.id,
      },
    );
    expect(subscribed.status).toBe(201);
    expect(subscribed.body.billing_template_client?.status).toBe('pending');
    const first = subscribed.body.purchase as Purchase;
    expect(first).toMatchObject({
      status: 'created',
      billing_template_id: template.id,
      force_recurring: true,
    });

    await gateway.simulate.checkout(first.id);
    const path = `/billing_templates/${template.id}/clients/${subscriber.id}/`;
    const active = await call<BillingTemplateClient>(gateway, 'GET', path);
    expect(active.body).toMatchObject({ status: 'active', number_of_billing_cycles_passed: 1 });
    expect(active.body.next_billing_on).toBeGreaterThan(first.created_on ?? 0);
    expect(active.body.recurring_token).toMatch(/^tok-/);

    const paused = await call<BillingTemplateClient>(gateway, 'PATCH', path, {
      status: 'subscription_paused',
    });
    expect(paused.body.status).toBe('subscription_paused');
    await expect(gateway.simulate.renewal(template.id, subscriber.id)).rejects.toMatchObject({ status: 409 });
    const resumed = await call<BillingTemplateClient>(gateway, 'PATCH', path, { status: 'active' });
    expect(resumed.body.status).toBe('active');
    const list = await call<{ results: BillingTemplateClient[] }>(
      gateway,
      'GET',
      `/billing_templates/${template.id}/clients/`,
    );
    expect(list.body.results.map((item) => item.client_id)).toEqual([subscriber.id]);
  });

  it('starts a trial paused with no purchase, and refuses a second subscription of the same client', async () => {
    const gateway = testGateway();
    const template = await plan(gateway, { subscription_trial_periods: 1 });
    const subscriber = await client(gateway);
    const path = `/billing_templates/${template.id}/add_subscriber/`;
    const trial = await call<SubscribeResult>(gateway, 'POST', path, {
      client_id: subscriber.id,
      status: 'subscription_paused',
    });
    expect(trial.body.purchase).toBeNull();
    expect(trial.body.billing_template_client?.status).toBe('subscription_paused');
    expect((await call(gateway, 'POST', path, { client_id: subscriber.id })).status).toBe(409);
  });

  it('renews active subscriptions and reports failed renewals', async () => {
    const gateway = testGateway();
    const template = await plan(gateway, {
      subscription_charge_period_end: true,
      number_of_billing_cycles: 2,
    });
    const subscriber = await client(gateway);
    await call(gateway, 'POST', `/billing_templates/${template.id}/add_subscriber/`, {
      client_id: subscriber.id,
    });
    const failed = await gateway.simulate.renewal(template.id, subscriber.id, { outcome: 'failed' });
    expect(failed.status).toBe('error');
    expect((await gateway.simulate.renewal(template.id, subscriber.id)).status).toBe('paid');
    expect((await gateway.simulate.renewal(template.id, subscriber.id)).status).toBe('paid');
    const done = await call<BillingTemplateClient>(
      gateway,
      'GET',
      `/billing_templates/${template.id}/clients/${subscriber.id}/`,
    );
    expect(done.body).toMatchObject({
      status: 'inactive',
      next_billing_on: null,
      number_of_billing_cycles_passed: 2,
    });
  });

  it('refuses to subscribe to a one-time template or an unknown client', async () => {
    const gateway = testGateway();
    const oneTime = await plan(gateway, {
      is_subscription: false,
      subscription_period: undefined,
      subscription_period_units: undefined,
    });
    const subscriber = await client(gateway);
    const path = `/billing_templates/${oneTime.id}/add_subscriber/`;
    expect((await call(gateway, 'POST', path, { client_id: subscriber.id })).status).toBe(400);
    const unknown = await call(gateway, 'POST', path, { client_id: '00000000-0000-0000-0000-000000000000' });
    expect(unknown.body.details?.client_id).toEqual(['Client with this ID does not exist.']);
  });

  it('sends an invoice from a template', async () => {
    const gateway = testGateway();
    const template = await plan(gateway, {
      is_subscription: false,
      subscription_period: undefined,
      subscription_period_units: undefined,
    });
    const recipient = await client(gateway);
    const result = await call<Purchase>(gateway, 'POST', `/billing_templates/${template.id}/send_invoice/`, {
      client_id: recipient.id,
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      status: 'created',
      client_id: recipient.id,
      billing_template_id: template.id,
    });
    expect(result.body.invoice_url).toContain(result.body.id);
  });
});

describe('invoices to several clients', () => {
  it('creates one purchase per client', async () => {
    const gateway = testGateway();
    const a = await client(gateway, 'a@example.com');
    const b = await client(gateway, 'b@example.com');
    const result = await call<Purchase[]>(gateway, 'POST', '/billing/', {
      brand_id: BRAND,
      clients: [{ client_id: a.id }, { client_id: b.id }],
      purchase: { products: [{ name: 'Consulting', price: 50000 }], currency: 'USD' },
    });
    expect(result.status).toBe(201);
    expect(result.body.map((purchase) => purchase.client?.email)).toEqual(['a@example.com', 'b@example.com']);
    expect(new Set(result.body.map((purchase) => purchase.checkout_url)).size).toBe(2);
  });

  it('creates nothing when one client is unknown', async () => {
    const gateway = testGateway();
    const a = await client(gateway, 'a@example.com');
    const result = await call(gateway, 'POST', '/billing/', {
      brand_id: BRAND,
      clients: [{ client_id: a.id }, { client_id: 'missing' }],
      purchase: { products: [{ name: 'Consulting', price: 50000 }] },
    });
    expect(result.status).toBe(400);
    expect(result.body.details).toEqual({ 'clients.1.client_id': ['Client with this ID does not exist.'] });
  });
  it.each([
    { trial: 1, periodEnd: false, periods: 1 },
    { trial: 3, periodEnd: false, periods: 3 },
    { trial: 0, periodEnd: true, periods: 1 },
    { trial: 2, periodEnd: true, periods: 3 },
  ])(
    'defers the first charge of a $trial-period trial (period-end charging: $periodEnd) by $periods periods',
    async ({ trial, periodEnd, periods }) => {
      const gateway = testGateway();
      const template = await plan(gateway, {
        subscription_period: 1,
        subscription_period_units: 'weeks',
        subscription_trial_periods: trial,
        subscription_charge_period_end: periodEnd,
      });
      const subscriber = await client(gateway);
      const subscribed = await call<SubscribeResult>(
        gateway,
        'POST',
        `/billing_templates/${template.id}/add_subscriber/`,
        { client_id: subscriber.id },
      );
      expect(subscribed.body.purchase).toBeNull();
      const enrolled = subscribed.body.billing_template_client!;
      expect(enrolled.next_billing_on! - enrolled.created_on!).toBe(periods * 7 * 86_400);
    },
  );
});
