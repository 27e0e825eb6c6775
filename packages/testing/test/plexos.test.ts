import { routes } from '@ummah/schema/plexos/routes';
import { describe, expect, it } from 'vitest';
import { createMockPlexos, type MockPlexosWebhook } from '../src/index';
import {
  expectEveryOperationAnswered,
  providerSuite,
  receiver,
  send,
  verifySigned,
} from './provider-support';

const { mock: plexos, inbox, auth } = providerSuite(createMockPlexos);

async function register(
  events: string[],
  url = 'https://myapp.com/webhooks/plexos',
): Promise<MockPlexosWebhook> {
  const created = await send<MockPlexosWebhook>(
    fetch,
    `${plexos.baseURL}/webhooks`,
    'POST',
    { url, events, description: 'My app webhook' },
    auth,
  );
  expect(created.status).toBe(201);
  return created.body;
}

describe('Plexos Pay mock', () => {
  it('answers every operation of the Plexos route table with its success status', async () => {
    await expectEveryOperationAnswered(plexos.fetch, plexos.baseURL, auth, routes, {
      'webhooks.create': () => ({
        path: '/webhooks',
        body: { url: 'https://a.test/hook', events: ['payment.failed'] },
      }),
    });
  });

  it('registers an endpoint and returns its one-time secret', async () => {
    const webhook = await register(['payment.debited', 'payment.failed', 'refund.succeeded']);
    expect(webhook).toMatchObject({
      url: 'https://myapp.com/webhooks/plexos',
      events: ['payment.debited', 'payment.failed', 'refund.succeeded'],
    });
    expect(webhook.secret).toMatch(/^whsec_/);
    expect(webhook.secret).not.toBe((await register(['payment.failed'])).secret);
  });

  it('signs each endpoint delivery with its own secret and sends only the events it subscribed to', async () => {
    const debits = await register(['payment.debited'], 'https://a.test/debits');
    const everything = await register(
      ['payment.created', 'payment.debited', 'payment.settled'],
      'https://b.test/all',
    );
    const payment = await plexos.simulate.createPayment({ amount: '10000', currency: 'CVE' });
    expect(payment.status).toBe('PENDING');
    expect((await plexos.simulate.debit(payment.id)).status).toBe('DEBITED');
    expect(inbox.requests.map((request) => request.url)).toEqual([
      'https://b.test/all',
      'https://a.test/debits',
      'https://b.test/all',
    ]);
    const toA = inbox.requests[1]!;
    const event = await verifySigned('plexos', toA, debits.secret);
    expect(event).toMatchObject({
      type: 'payment.debited',
      data: { id: payment.id, amount: '10000', status: 'DEBITED', operator: 'CVMOVEL' },
    });
    expect(toA.headers.get('x-plexos-timestamp')).toMatch(/^\d+$/);
    // The other endpoint's copies are signed with its own secret.
    await verifySigned('plexos', inbox.requests[2]!, everything.secret);
  });

  it('walks payments through settle, fail, expire and cancel, refusing steps out of order', async () => {
    await register(['payment.settled', 'payment.failed', 'payment.expired', 'payment.cancelled']);
    const settled = await plexos.simulate.createPayment();
    await expect(plexos.simulate.settle(settled.id)).rejects.toThrow(/PENDING; it must be DEBITED/);
    await plexos.simulate.debit(settled.id);
    expect((await plexos.simulate.settle(settled.id)).status).toBe('SETTLED');
    expect((await plexos.simulate.fail((await plexos.simulate.createPayment()).id)).status).toBe('FAILED');
    expect((await plexos.simulate.expire((await plexos.simulate.createPayment()).id)).status).toBe('EXPIRED');
    expect((await plexos.simulate.cancel((await plexos.simulate.createPayment()).id)).status).toBe(
      'CANCELLED',
    );
    expect(plexos.deliveries.map((delivery) => delivery.event)).toEqual([
      'payment.settled',
      'payment.failed',
      'payment.expired',
      'payment.cancelled',
    ]);
  });

  it('refunds a debited payment with refund.created then refund.succeeded or refund.failed', async () => {
    await register(['refund.created', 'refund.succeeded', 'refund.failed']);
    const payment = await plexos.simulate.createPayment();
    await expect(plexos.simulate.refund(payment.id)).rejects.toThrow(/only debited or settled/);
    await plexos.simulate.debit(payment.id);
    expect((await plexos.simulate.refund(payment.id)).status).toBe('SUCCEEDED');
    expect((await plexos.simulate.refund(payment.id, { outcome: 'failed' })).status).toBe('FAILED');
    expect(plexos.deliveries.map((delivery) => delivery.event)).toEqual([
      'refund.created',
      'refund.succeeded',
      'refund.created',
      'refund.failed',
    ]);
  });

  it('also delivers every event to the endpoint configured with webhookUrl, signed with webhookSecret', async () => {
    const local = receiver();
    const configured = createMockPlexos({
      webhookUrl: 'https://shop.test/plexos',
      webhooks: { fetch: local.fetch },
    });
    await configured.simulate.createPayment();
    const received = local.requests[0]!;
    const event = await verifySigned('plexos', received, configured.webhookSecret);
    expect(event.type).toBe('payment.created');
  });

  it('refuses an unknown event name or a missing url with 400, and a missing key with 401', async () => {
    const url = `${plexos.baseURL}/webhooks`;
    const bad = await send<{ error: string; details: Record<string, string[]> }>(
      plexos.fetch,
      url,
      'POST',
      { url: 'https://a.test', events: ['payment.exploded'] },
      auth,
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.details)).toEqual(['events.0']);
    const noUrl = await send<{ details: Record<string, string[]> }>(
      plexos.fetch,
      url,
      'POST',
      { events: ['payment.failed'] },
      auth,
    );
    expect(noUrl.body.details.url).toEqual(['This field is required.']);
    expect((await send(plexos.fetch, url, 'POST', { url: 'https://a.test', events: [] })).status).toBe(401);
  });
});
