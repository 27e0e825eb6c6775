import { WebhookEventSchema } from '@ummah/schema/ummah/schemas';
import type { Webhook, WebhookDelivery } from '@ummah/schema/ummah/types';
import { verifyWebhook, WebhookVerificationError } from '@ummah/webhooks';
import { describe, expect, it } from 'vitest';
import type { MockGatewayOptions } from '../src/index';
import { call, createPurchase, testGateway } from './support';

interface Received {
  readonly url: string;
  readonly body: string;
  readonly headers: Headers;
}

/** A gateway whose deliveries go to an in-process receiver answering with the given statuses. */
function withReceiver(statuses: Array<number | 'network-error'> = [], options: MockGatewayOptions = {}) {
  const received: Received[] = [];
  let attempt = 0;
  const gateway = testGateway({
    ...options,
    webhooks: {
      retryDelaysMs: [1, 1],
      ...options.webhooks,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        received.push({ url: request.url, body: await request.text(), headers: request.headers });
        const status = statuses[attempt] ?? 200;
        attempt += 1;
        if (status === 'network-error') throw new TypeError('fetch failed');
        return new Response(null, { status });
      },
    },
  });
  return { gateway, received };
}

async function createWebhook(gateway: ReturnType<typeof testGateway>, body: Record<string, unknown>) {
  const result = await call<Webhook>(gateway, 'POST', '/webhooks/', {
    callback: 'https://merchant.test/hooks',
    ...body,
  });
  expect(result.status).toBe(201);
  return result.body;
}

describe('webhooks CRUD', () => {
  it('creates a webhook with its own RSA public key and manages it', async () => {
    const gateway = testGateway();
    const webhook = await createWebhook(gateway, { title: 'Orders', events: ['purchase.paid'] });
    expect(webhook.public_key).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
    const other = await createWebhook(gateway, { all_events: true });
    expect(other.public_key).not.toBe(webhook.public_key);

    const patched = await call<Webhook>(gateway, 'PATCH', `/webhooks/${webhook.id}/`, { title: 'Renamed' });
    expect(patched.body).toMatchObject({
      title: 'Renamed',
      events: ['purchase.paid'],
      public_key: webhook.public_key,
    });
    const replaced = await call<Webhook>(gateway, 'PUT', `/webhooks/${webhook.id}/`, {
      callback: 'https://merchant.test/new',
      all_events: true,
    });
    expect(replaced.body).toMatchObject({
      callback: 'https://merchant.test/new',
      title: '',
      all_events: true,
    });
    const list = await call<{ results: Webhook[] }>(gateway, 'GET', '/webhooks/');
    expect(list.body.results.map((item) => item.id)).toEqual([other.id, webhook.id]);
    expect((await call(gateway, 'DELETE', `/webhooks/${webhook.id}/`)).status).toBe(204);
    expect((await call(gateway, 'GET', `/webhooks/${webhook.id}/`)).status).toBe(404);
  });

  it('rejects unknown event names and webhooks that listen to nothing', async () => {
    const gateway = testGateway();
    const typo = await call(gateway, 'POST', '/webhooks/', {
      callback: 'https://x.test/',
      events: ['purchase.payed'],
    });
    expect(typo.status).toBe(400);
    expect(Object.keys(typo.body.details ?? {})).toEqual(['events.0']);
    const empty = await call(gateway, 'POST', '/webhooks/', { callback: 'https://x.test/' });
    expect(empty.status).toBe(400);
    expect(empty.body.details?.events).toBeDefined();
  });

  it('accepts every event name the schema lists, also those the mock never emits', async () => {
    const gateway = testGateway();
    const webhook = await createWebhook(gateway, { events: ['payment.refunded', 'payout.success'] });
    expect(webhook.events).toEqual(['payment.refunded', 'payout.success']);
  });

  it('serves the company callback key at /public_key/ as a PEM string', async () => {
    const gateway = testGateway();
    const result = await call<string>(gateway, 'GET', '/public_key/');
    expect(result.body).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(result.body).toBe(await gateway.publicKey());
  });
});

describe('signed deliveries', () => {
  it('delivers purchase.paid signed with the webhook key, verifiable with @ummah/webhooks', async () => {
    const { gateway, received } = withReceiver();
    const webhook = await createWebhook(gateway, { events: ['purchase.paid'] });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    expect(received).toHaveLength(1);
    const delivery = received[0]!;
    expect(delivery.url).toBe('https://merchant.test/hooks');
    expect(delivery.headers.get('content-type')).toBe('application/json');
    const event = (await verifyWebhook({
      payload: delivery.body,
      headers: delivery.headers,
      publicKey: webhook.public_key!,
    })) as { type: string; object: { id: string; status: string } };
    expect(event.type).toBe('purchase.paid');
    expect(event.object).toMatchObject({ id: purchase.id, status: 'paid' });
    expect(WebhookEventSchema.safeParse(JSON.parse(delivery.body)).success).toBe(true);
  });

  it('fails verification with another webhook key or a changed body', async () => {
    const { gateway, received } = withReceiver();
    await createWebhook(gateway, { events: ['purchase.paid'] });
    const stranger = await createWebhook(gateway, { events: ['purchase.cancelled'] });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    const delivery = received[0]!;
    await expect(
      verifyWebhook({ payload: delivery.body, headers: delivery.headers, publicKey: stranger.public_key! }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it('signs success_callback deliveries with the company key from /public_key/', async () => {
    const { gateway, received } = withReceiver();
    const purchase = await createPurchase(gateway, { success_callback: 'https://merchant.test/callback' });
    await gateway.simulate.checkout(purchase.id);
    expect(received.map((delivery) => delivery.url)).toEqual(['https://merchant.test/callback']);
    const event = (await verifyWebhook({
      payload: received[0]!.body,
      headers: received[0]!.headers,
      publicKey: await gateway.publicKey(),
    })) as { event_type: string };
    expect(event.event_type).toBe('purchase.paid');
  });

  it('sends only subscribed events, and every event to all_events webhooks', async () => {
    const { gateway, received } = withReceiver();
    await createWebhook(gateway, { callback: 'https://merchant.test/paid', events: ['purchase.paid'] });
    await createWebhook(gateway, { callback: 'https://merchant.test/all', all_events: true });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    await call(gateway, 'POST', `/purchases/${purchase.id}/refund/`, { amount: 100 });
    await gateway.settled();
    const byUrl = (url: string) =>
      received.filter((delivery) => delivery.url === url).map((delivery) => JSON.parse(delivery.body).type);
    expect(byUrl('https://merchant.test/paid')).toEqual(['purchase.paid']);
    expect(byUrl('https://merchant.test/all')).toEqual([
      'purchase.created',
      'purchase.paid',
      'purchase.refunded',
    ]);
  });

  it('retries non-2xx and network failures on the schedule and logs every attempt', async () => {
    const { gateway, received } = withReceiver([500, 'network-error', 200]);
    await createWebhook(gateway, { events: ['purchase.paid'] });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    await gateway.settled();
    expect(received).toHaveLength(3);
    expect(new Set(received.map((delivery) => delivery.headers.get('x-signature'))).size).toBe(1);
    const log = await call<{ results: WebhookDelivery[] }>(
      gateway,
      'GET',
      `/webhooks/deliveries/?id=${purchase.id}&source_type=purchase`,
    );
    expect(log.body.results.map((entry) => [entry.status, entry.response_code])).toEqual([
      ['delivered', 200],
      ['failed', null],
      ['failed', 500],
    ]);
  });

  it('gives up after the last retry', async () => {
    const { gateway, received } = withReceiver([500, 500, 500, 500]);
    await createWebhook(gateway, { events: ['purchase.paid'] });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    await gateway.settled();
    expect(received).toHaveLength(3);
    expect(gateway.deliveries.every((delivery) => delivery.status === 'failed')).toBe(true);
  });

  it('pages the deliveries log, whose query the schema validates apart from the page', async () => {
    const { gateway } = withReceiver();
    await createWebhook(gateway, { all_events: true });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    await gateway.settled();
    const path = `/webhooks/deliveries/?id=${purchase.id}&source_type=purchase`;
    const page = await call<{ results: WebhookDelivery[] }>(gateway, 'GET', `${path}&page=1&limit=1`);
    expect(page.status).toBe(200);
    expect(page.body.results.map((entry) => entry.event)).toEqual(['purchase.paid']);
    const unknown = await call(gateway, 'GET', `${path}&since=yesterday`);
    expect(unknown.body.details).toEqual({ since: ['Unknown field.'] });
  });

  it('requires id and source_type to list deliveries', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'GET', '/webhooks/deliveries/');
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.details ?? {})).toEqual(['id', 'source_type']);
  });

  it('delivers nothing when deliveries are disabled', async () => {
    const { gateway, received } = withReceiver([], { webhooks: { enabled: false } });
    await createWebhook(gateway, { all_events: true });
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    expect(received).toHaveLength(0);
  });
});
