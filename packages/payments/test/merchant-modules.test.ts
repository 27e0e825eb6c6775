import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Ummah } from '../src/index.js';

// `ummah.refunds` and `ummah.subscriptions`, the modules merchants look for, against a real server:
// the request on the wire, the typed result, and retries that never move money twice.

const KEY = 'sk_test_merchant_modules';
const brand_id = '409eb80e-3782-4b1d-afa8-b779759266a5';
const plan = {
  brand_id,
  title: 'Pro monthly',
  purchase: { currency: 'USD', products: [{ name: 'Pro', price: 1900 }] },
  subscription_period: 1,
  subscription_period_units: 'months' as const,
};
const subscriber = (status: string) => ({
  id: 'btc_1',
  type: 'billing_template_client',
  client_id: 'cli_1',
  status,
});

let gateway: RecordingServer;
let ummah: Ummah;
beforeAll(async () => {
  gateway = await startRecordingServer({ basePath: '/api/v1' });
  ummah = new Ummah(KEY, { baseURL: gateway.baseURL, retry: { initialDelayMs: 1, maxDelayMs: 2 } });
});
beforeEach(() => {
  gateway.requests.length = 0;
});
afterAll(() => gateway.close());

describe('ummah.refunds', () => {
  it('refunds in full with no body, and in part with amount and reference', async () => {
    gateway.respondWith(() => ({ body: fx.refundPayment }));
    const full = await ummah.refunds.create('pur_1');
    const part = await ummah.refunds.create('pur_1', { amount: 1500, reference: 'RMA-1042' });
    expect(full).toEqual(fx.refundPayment);
    expect(part.status).toBe('refunded');
    expect(gateway.requests.map((r) => [r.method, r.path, r.rawBody])).toEqual([
      ['POST', '/api/v1/purchases/pur_1/refund/', ''],
      ['POST', '/api/v1/purchases/pur_1/refund/', JSON.stringify({ amount: 1500, reference: 'RMA-1042' })],
    ]);
  });

  it('retries a refund that met a 503 with the same idempotency key, so it is paid out once', async () => {
    gateway.respondWith((_request, _response, { attempt }) =>
      attempt === 1 ? { status: 503, body: { error: { code: 'unavailable' } } } : { body: fx.refundPayment },
    );
    await ummah.refunds.create('pur_1', { amount: 500 });
    const keys = gateway.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/\S/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends exactly what purchases.refund sends, and carries a caller-chosen key', async () => {
    gateway.respondWith(() => ({ body: fx.refundPayment }));
    await ummah.refunds.create('pur_9', { amount: 100 }, { idempotencyKey: 'rma-9' });
    await ummah.purchases.refund('pur_9', { amount: 100 }, { idempotencyKey: 'rma-9' });
    const [viaModule, viaPurchases] = gateway.requests;
    expect(viaModule?.path).toBe(viaPurchases?.path);
    expect(viaModule?.rawBody).toBe(viaPurchases?.rawBody);
    expect(viaModule?.headers['idempotency-key']).toBe('rma-9');
  });
});

describe('ummah.subscriptions', () => {
  it('createPlan sends a billing template with is_subscription set for the caller', async () => {
    gateway.respondWith(() => ({ body: { ...fx.billingTemplate, is_subscription: true } }));
    const created = await ummah.subscriptions.createPlan(plan);
    expect(created.is_subscription).toBe(true);
    expect(gateway.requests[0]?.method).toBe('POST');
    expect(gateway.requests[0]?.path).toBe('/api/v1/billing_templates/');
    expect(gateway.requests[0]?.body).toEqual({ ...plan, is_subscription: true });
  });

  it('subscribe starts a trial paused, and the status is read where the gateway puts it', async () => {
    gateway.respondWith(() => ({
      body: { billing_template_client: subscriber('subscription_paused'), purchase: null },
    }));
    const trial = await ummah.subscriptions.subscribe('bt_1', {
      client_id: 'cli_1',
      status: 'subscription_paused',
    });
    expect(trial.billing_template_client?.status).toBe('subscription_paused');
    expect(trial.purchase).toBeNull();
    expect(gateway.requests[0]?.path).toBe('/api/v1/billing_templates/bt_1/add_subscriber/');
    expect(gateway.requests[0]?.body).toEqual({ client_id: 'cli_1', status: 'subscription_paused' });
  });

  it('pause and resume PATCH the subscriber with the matching status', async () => {
    gateway.respondWith((request) => ({ body: subscriber((request.body as { status: string }).status) }));
    const paused = await ummah.subscriptions.pause('bt_1', 'cli_1');
    const resumed = await ummah.subscriptions.resume('bt_1', 'cli_1');
    expect([paused.status, resumed.status]).toEqual(['subscription_paused', 'active']);
    expect(gateway.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', '/api/v1/billing_templates/bt_1/clients/cli_1/', { status: 'subscription_paused' }],
      ['PATCH', '/api/v1/billing_templates/bt_1/clients/cli_1/', { status: 'active' }],
    ]);
  });

  it('list walks every page of subscribers, and retrieve reads one', async () => {
    gateway.respondWith((request) =>
      request.query.get('page') === '2'
        ? { body: { results: [subscriber('active')], next: null, previous: null } }
        : {
            body: {
              results: [subscriber('subscription_paused')],
              next: `${gateway.baseURL}/billing_templates/bt_1/clients/?page=2`,
              previous: null,
            },
          },
    );
    const statuses: unknown[] = [];
    for await (const item of ummah.subscriptions.list('bt_1')) statuses.push(item.status);
    expect(statuses).toEqual(['subscription_paused', 'active']);
    expect(gateway.requests).toHaveLength(2);

    gateway.respondWith(() => ({ body: subscriber('active') }));
    const one = await ummah.subscriptions.retrieve('bt_1', 'cli_1');
    expect(one.status).toBe('active');
    expect(gateway.requests.at(-1)?.path).toBe('/api/v1/billing_templates/bt_1/clients/cli_1/');
  });

  it('refuses unsafe plan and client ids before sending', async () => {
    await expect(ummah.subscriptions.pause('bt_1', '../../webhooks')).rejects.toMatchObject({
      code: 'invalid_request',
    });
    expect(gateway.requests).toHaveLength(0);
  });
});
