import { routes } from '@ummah/schema/plumaas/routes';
import { describe, expect, it } from 'vitest';
import { createMockPlumaas, type MockCharge } from '../src/index';
import {
  expectEveryOperationAnswered,
  onlyDelivery,
  providerSuite,
  send,
  verifySigned,
} from './provider-support';

const { mock: plumaas, inbox, auth } = providerSuite(createMockPlumaas, 'https://shop.test/webhooks/plumaas');

/** Creates a charge with the global fetch, which msw answers from the mock. */
async function createCharge(): Promise<MockCharge> {
  const created = await send<MockCharge>(
    fetch,
    `${plumaas.baseURL}/charges`,
    'POST',
    {
      org_id: 'org_1',
      amount_cents: 12900,
      description: 'Subscription — December',
    },
    auth,
  );
  expect(created.status).toBe(201);
  return created.body;
}

describe('Plumaas mock', () => {
  it('answers every operation of the Plumaas route table with its success status', async () => {
    await expectEveryOperationAnswered(plumaas.fetch, plumaas.baseURL, auth, routes, {
      'charges.create': () => ({ path: '/charges', body: { org_id: 'org_1', amount_cents: 500 } }),
      'webhookEndpoints.test': () => ({
        path: `/webhook-endpoints/${plumaas.webhookEndpointId}/test`,
        body: { event: 'charge.failed' },
      }),
    });
  });

  it('creates a pending charge with a pay_url through msw and the global fetch', async () => {
    const charge = await createCharge();
    expect(charge).toMatchObject({
      status: 'pending',
      amount_cents: 12900,
      currency: 'USD',
      org_id: 'org_1',
    });
    expect(charge.id).toMatch(/^ch_/);
    expect(new URL(charge.pay_url).origin).toBe('https://plumaas.com');
  });

  it('sends charge.succeeded signed with the webhook secret when the customer pays', async () => {
    const charge = await createCharge();
    const paid = await plumaas.simulate.pay(charge.id);
    expect(paid.status).toBe('succeeded');
    const delivery = onlyDelivery(plumaas.deliveries, 'charge.succeeded');
    expect(delivery).toMatchObject({
      status: 'delivered',
      response_code: 200,
      url: 'https://shop.test/webhooks/plumaas',
    });
    expect(delivery.headers['x-plumaas-event']).toBe('charge.succeeded');
    expect(delivery.headers['x-plumaas-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const received = inbox.requests[0]!;
    const event = await verifySigned('plumaas', received, plumaas.webhookSecret);
    expect(event).toMatchObject({ event: 'charge.succeeded', data: { id: charge.id, status: 'succeeded' } });
  });

  it('fails a pending charge and refunds a succeeded one, each with its event, and refuses other steps', async () => {
    const declined = await createCharge();
    expect((await plumaas.simulate.fail(declined.id)).status).toBe('failed');
    onlyDelivery(plumaas.deliveries, 'charge.failed');
    await expect(plumaas.simulate.refund(declined.id)).rejects.toThrow(/failed; it must be succeeded/);
    const paid = await createCharge();
    await plumaas.simulate.pay(paid.id);
    expect((await plumaas.simulate.refund(paid.id)).status).toBe('refunded');
    expect(onlyDelivery(plumaas.deliveries, 'charge.refunded').payload).toMatchObject({
      data: { id: paid.id },
    });
    await expect(plumaas.simulate.pay('ch_missing')).rejects.toThrow(/No such charge/);
  });

  it('records a failed delivery when the receiver answers an error', async () => {
    inbox.status = 500;
    await plumaas.simulate.pay((await createCharge()).id);
    expect(onlyDelivery(plumaas.deliveries, 'charge.succeeded')).toMatchObject({
      status: 'failed',
      response_code: 500,
    });
  });

  it('sends a signed test event to the dashboard endpoint, and 404s an unknown endpoint', async () => {
    const path = `${plumaas.baseURL}/webhook-endpoints/${plumaas.webhookEndpointId}/test`;
    const result = await send(plumaas.fetch, path, 'POST', { event: 'subscription.canceled' }, auth);
    expect(result).toMatchObject({
      status: 200,
      body: { event: 'subscription.canceled', delivered: true, response_code: 200 },
    });
    const received = inbox.requests[0]!;
    const event = await verifySigned('plumaas', received, plumaas.webhookSecret);
    expect(event).toMatchObject({ event: 'subscription.canceled', data: { status: 'canceled' } });
    const missing = await send(
      plumaas.fetch,
      `${plumaas.baseURL}/webhook-endpoints/we_nope/test`,
      'POST',
      { event: 'charge.succeeded' },
      auth,
    );
    expect(missing).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('refuses missing, live and foreign keys with 401', async () => {
    const url = `${plumaas.baseURL}/charges`;
    const body = { org_id: 'org_1', amount_cents: 100 };
    const missing = await send(plumaas.fetch, url, 'POST', body);
    expect(missing).toMatchObject({ status: 401, body: { error: 'invalid_api_key' } });
    const live = await send(plumaas.fetch, url, 'POST', body, { authorization: 'Bearer psk_live_123' });
    expect(live.status).toBe(401);
    expect(JSON.stringify(live.body)).not.toContain('psk_live_123');
    const foreign = await send(plumaas.fetch, url, 'POST', body, { authorization: 'Bearer sk_test_123' });
    expect(foreign.status).toBe(401);
  });

  it('refuses a body the generated validator rejects with 400 and the fields', async () => {
    const result = await send<{ error: string; details: Record<string, string[]> }>(
      plumaas.fetch,
      `${plumaas.baseURL}/charges`,
      'POST',
      { org_id: 'org_1', amount_cents: 12.5, colour: 'red' },
      auth,
    );
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_request');
    expect(Object.keys(result.body.details).sort()).toEqual(['amount_cents', 'colour']);
    const badEvent = await send(
      plumaas.fetch,
      `${plumaas.baseURL}/webhook-endpoints/${plumaas.webhookEndpointId}/test`,
      'POST',
      { event: 'charge.exploded' },
      auth,
    );
    expect(badEvent.status).toBe(400);
    expect(inbox.requests).toEqual([]);
  });
});
