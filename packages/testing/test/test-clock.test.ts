import type {
  BillingTemplate,
  BillingTemplateClient,
  Client,
  CompanyStatement,
  Purchase,
  SubscribeResult,
  Webhook,
} from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { InvalidDurationError, parseDuration } from '../src/index';
import { BRAND, call, createPurchase, testGateway } from './support';

type Gateway = ReturnType<typeof testGateway>;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** A gateway pinned at START whose deliveries go to an in-process receiver answering `statuses`. */
function pinnedGateway(statuses: number[] = [], retryDelaysMs = [60_000, 3_600_000]) {
  const received: Array<{ type: string; at: number }> = [];
  const gateway: Gateway = testGateway({
    now: () => START,
    webhooks: {
      retryDelaysMs,
      fetch: async (_input, init) => {
        const { type } = JSON.parse(String(init?.body)) as { type: string };
        received.push({ type, at: gateway.clock.now() });
        return new Response(null, { status: statuses[received.length - 1] ?? 200 });
      },
    },
  });
  return { gateway, received };
}

async function subscribe(
  gateway: Gateway,
  trialPeriods = 0,
): Promise<{ template: BillingTemplate; client: Client }> {
  const template = (
    await call<BillingTemplate>(gateway, 'POST', '/billing_templates/', {
      brand_id: BRAND,
      title: 'Monthly',
      is_subscription: true,
      subscription_period: 1,
      subscription_period_units: 'months',
      subscription_trial_periods: trialPeriods,
      purchase: { products: [{ name: 'Monthly Plan', price: 999 }], currency: 'USD' },
    })
  ).body;
  const client = (await call<Client>(gateway, 'POST', '/clients/', { email: 'subscriber@example.com' })).body;
  const subscribed = await call<SubscribeResult>(
    gateway,
    'POST',
    `/billing_templates/${template.id}/add_subscriber/`,
    {
      client_id: client.id,
    },
  );
  expect(subscribed.status).toBe(201);
  if (subscribed.body.purchase) await gateway.simulate.checkout((subscribed.body.purchase as Purchase).id);
  return { template, client };
}

async function subscriber(
  gateway: Gateway,
  templateId: string,
  clientId: string,
): Promise<BillingTemplateClient> {
  return (
    await call<BillingTemplateClient>(gateway, 'GET', `/billing_templates/${templateId}/clients/${clientId}/`)
  ).body;
}

describe('durations', () => {
  it('reads numbers of milliseconds and text with a unit', () => {
    expect(parseDuration(1500)).toBe(1500);
    expect(parseDuration('30d')).toBe(30 * DAY);
    expect(parseDuration('1 month')).toBe(30 * DAY);
    expect(parseDuration('2 weeks')).toBe(14 * DAY);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('500ms')).toBe(500);
  });

  it('refuses anything else with a typed error, before the clock moves', () => {
    const { gateway } = pinnedGateway();
    for (const bad of ['soon', '-1d', '3 fortnights', Number.NaN, -5]) {
      expect(() => gateway.clock.advance(bad)).toThrow(InvalidDurationError);
    }
    expect(gateway.clock.now()).toBe(START);
  });
});

describe('test clock', () => {
  it('moves every timestamp the mock writes', async () => {
    const { gateway } = pinnedGateway();
    const result = await gateway.clock.advance('30d');
    expect(result).toMatchObject({ from: START, to: START + 30 * DAY });
    const purchase = await createPurchase(gateway);
    expect(purchase.created_on).toBe((START + 30 * DAY) / 1000);
  });

  it('renews an active subscription each period it passes, at its billing date', async () => {
    const { gateway, received } = pinnedGateway();
    await call<Webhook>(gateway, 'POST', '/webhooks/', {
      callback: 'https://merchant.test/hooks',
      events: ['purchase.paid'],
    });
    const { template, client } = await subscribe(gateway);
    expect(received).toHaveLength(1);
    await gateway.clock.advance('2 months');
    const renewals = received.slice(1);
    expect(renewals.map((delivery) => delivery.at)).toEqual([START + 30 * DAY, START + 60 * DAY]);
    const after = await subscriber(gateway, template.id, client.id);
    expect(after.number_of_billing_cycles_passed).toBe(3);
    expect(after.next_billing_on).toBe((START + 90 * DAY) / 1000);
    // simulate.renewal still runs one cycle on demand.
    const renewed = await gateway.simulate.renewal(template.id, client.id);
    expect(renewed.status).toBe('paid');
  });

  it('ends a trial: the first charge happens when the trial period has passed', async () => {
    const { gateway } = pinnedGateway();
    const { template, client } = await subscribe(gateway, 1);
    expect((await subscriber(gateway, template.id, client.id)).number_of_billing_cycles_passed).toBe(0);
    await gateway.clock.advance('29d');
    expect((await subscriber(gateway, template.id, client.id)).number_of_billing_cycles_passed).toBe(0);
    await gateway.clock.advance('1d');
    const after = await subscriber(gateway, template.id, client.id);
    expect(after.number_of_billing_cycles_passed).toBe(1);
    expect(after.status).toBe('active');
  });

  it('completes statements whose processing time passes', async () => {
    const gateway = testGateway({ now: () => START, statementProcessingMs: 3_600_000 });
    const created = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', {
      format: 'csv',
      timezone: 'UTC',
    });
    expect(created.body.status).toBe('processing');
    await gateway.clock.advance('1h');
    const read = await call<CompanyStatement>(gateway, 'GET', `/company_statements/${created.body.id}/`);
    expect(read.body.status).toBe('success');
    expect(read.body.updated_on).toBe((START + 3_600_000) / 1000);
  });

  it('runs webhook delivery retries as the clock passes them, in time order', async () => {
    const { gateway, received } = pinnedGateway([500, 500, 200]);
    await call<Webhook>(gateway, 'POST', '/webhooks/', {
      callback: 'https://merchant.test/hooks',
      events: ['purchase.paid'],
    });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    expect(received).toHaveLength(1);
    const result = await gateway.clock.advance('2h');
    expect(result.steps).toBe(2);
    expect(received.map((delivery) => delivery.at)).toEqual([START, START + 60_000, START + 3_660_000]);
    expect(gateway.deliveries.map((delivery) => delivery.status)).toEqual(['failed', 'failed', 'delivered']);
    gateway.close();
  });

  it('interleaves renewals and delivery retries of different timelines in time order', async () => {
    // The first renewal's delivery fails and is retried 45 days later, between the second and third renewals.
    const { gateway, received } = pinnedGateway([200, 500], [45 * DAY]);
    await call<Webhook>(gateway, 'POST', '/webhooks/', {
      callback: 'https://merchant.test/hooks',
      events: ['purchase.paid'],
    });
    await subscribe(gateway);
    await gateway.clock.advance('3 months');
    expect(received.map((delivery) => (delivery.at - START) / DAY)).toEqual([0, 30, 60, 75, 90]);
    gateway.close();
  });

  it('is driven over HTTP by POST /_mock/clock/advance/, which takes one of the mock keys', async () => {
    const { gateway } = pinnedGateway();
    const origin = new URL(gateway.baseURL).origin;
    const refused = await gateway.fetch(`${origin}/_mock/clock/advance/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ duration: '1d' }),
    });
    expect(refused.status).toBe(401);
    const advanced = await call<{ to: number }>(gateway, 'POST', `${origin}/_mock/clock/advance/`, {
      duration: '1d',
    });
    expect(advanced.body.to).toBe(START + DAY);
    const bad = await call(gateway, 'POST', `${origin}/_mock/clock/advance/`, { duration: 'later' });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.duration).toBeDefined();
    const clock = await call<{ now: number; advanced_ms: number }>(gateway, 'GET', `${origin}/_mock/clock/`);
    expect(clock.body).toEqual({ now: START + DAY, advanced_ms: DAY });
  });
});
