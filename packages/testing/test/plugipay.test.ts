import { routes } from '@ummah/schema/plugipay/routes';
import { describe, expect, it } from 'vitest';
import { createMockPlugipay, type MockCheckoutSession, type MockRefund } from '../src/index';
import {
  expectEveryOperationAnswered,
  onlyDelivery,
  providerSuite,
  send,
  verifySigned,
} from './provider-support';

const {
  mock: plugipay,
  inbox,
  auth,
} = providerSuite(createMockPlugipay, 'https://shop.test/webhooks/plugipay');

const sessionBody = {
  amount: 250000,
  currency: 'IDR',
  description: 'Pro plan upgrade',
  successUrl: 'https://myapp.com/payment/success',
  cancelUrl: 'https://myapp.com/payment/cancel',
  metadata: { invoiceId: 'inv_2026_001' },
};

async function openSession(body: Record<string, unknown> = {}): Promise<MockCheckoutSession> {
  const created = await send<MockCheckoutSession>(
    fetch,
    `${plugipay.baseURL}/checkout_sessions`,
    'POST',
    { ...sessionBody, ...body },
    auth,
  );
  expect(created.status).toBe(201);
  return created.body;
}

async function paidPaymentId(): Promise<string> {
  const session = await plugipay.simulate.complete((await openSession()).id);
  return session.paymentId as string;
}

describe('Plugipay mock', () => {
  it('answers every operation of the Plugipay route table with its success status', async () => {
    await expectEveryOperationAnswered(plugipay.fetch, plugipay.baseURL, auth, routes, {
      'customers.create': () => ({ path: '/customers', body: { email: 'alice@example.com' } }),
      'checkoutSessions.create': () => ({ path: '/checkout_sessions', body: sessionBody }),
      'refunds.create': async () => ({
        path: '/refunds',
        body: { paymentId: await paidPaymentId(), reason: 'duplicate' },
      }),
    });
  });

  it('opens a session for a customer, completes it and sends signed payment and session events', async () => {
    const customer = await send<{ id: string }>(
      fetch,
      `${plugipay.baseURL}/customers`,
      'POST',
      { email: 'alice@example.com', name: 'Alice Tan', metadata: { internalUserId: 'u_42' } },
      auth,
    );
    expect(customer.status).toBe(201);
    expect(customer.body.id).toMatch(/^cus_/);
    const session = await openSession({ customerId: customer.body.id });
    expect(session).toMatchObject({ status: 'open', customerId: customer.body.id });
    expect(session.id).toMatch(/^sess_/);
    const completed = await plugipay.simulate.complete(session.id);
    expect(completed.status).toBe('complete');
    expect(inbox.requests).toHaveLength(2);
    const events = [];
    for (const request of inbox.requests) {
      events.push(await verifySigned('plugipay', request, plugipay.webhookSecret));
    }
    expect(events).toMatchObject([
      {
        type: 'payment.succeeded',
        data: { id: completed.paymentId, metadata: { invoiceId: 'inv_2026_001' } },
      },
      { type: 'checkout_session.completed', data: { id: session.id, status: 'complete' } },
    ]);
  });

  it('expires, cancels and declines open sessions and refuses steps on closed ones', async () => {
    const expiring = await openSession();
    expect((await plugipay.simulate.expire(expiring.id)).status).toBe('expired');
    onlyDelivery(plugipay.deliveries, 'checkout_session.expired');
    await expect(plugipay.simulate.complete(expiring.id)).rejects.toThrow(/expired, not open/);
    const cancelled = await openSession();
    expect((await plugipay.simulate.cancel(cancelled.id)).status).toBe('canceled');
    const declined = await openSession();
    expect((await plugipay.simulate.decline(declined.id)).status).toBe('open');
    onlyDelivery(plugipay.deliveries, 'payment.failed');
    expect(plugipay.deliveries.map((delivery) => delivery.event)).toEqual([
      'checkout_session.expired',
      'payment.failed',
    ]);
  });

  it('creates pending refunds up to the amount paid and settles them with their events', async () => {
    const paymentId = await paidPaymentId();
    const partial = await send<MockRefund>(
      plugipay.fetch,
      `${plugipay.baseURL}/refunds`,
      'POST',
      { paymentId, amount: 100000, reason: 'duplicate' },
      auth,
    );
    expect(partial).toMatchObject({ status: 201, body: { status: 'pending', amount: 100000, paymentId } });
    const rest = await send<MockRefund>(
      plugipay.fetch,
      `${plugipay.baseURL}/refunds`,
      'POST',
      { paymentId, reason: 'requested_by_customer' },
      auth,
    );
    expect(rest.body.amount).toBe(150000);
    const over = await send(
      plugipay.fetch,
      `${plugipay.baseURL}/refunds`,
      'POST',
      { paymentId, amount: 1, reason: 'duplicate' },
      auth,
    );
    expect(over.status).toBe(400);
    expect((await plugipay.simulate.refundSucceeded(partial.body.id)).status).toBe('succeeded');
    expect((await plugipay.simulate.refundFailed(rest.body.id)).status).toBe('failed');
    await expect(plugipay.simulate.refundFailed(rest.body.id)).rejects.toThrow(/already failed/);
    expect(onlyDelivery(plugipay.deliveries, 'refund.succeeded').payload).toMatchObject({
      data: { id: partial.body.id },
    });
    onlyDelivery(plugipay.deliveries, 'refund.failed');
    const missing = await send(
      plugipay.fetch,
      `${plugipay.baseURL}/refunds`,
      'POST',
      { paymentId: 'pay_nope', reason: 'duplicate' },
      auth,
    );
    expect(missing).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('refuses an unknown reason, and the reason other without a description, with 400 and the field', async () => {
    const paymentId = await paidPaymentId();
    const url = `${plugipay.baseURL}/refunds`;
    const refund = (body: Record<string, unknown>) =>
      send<{ details: Record<string, string[]> }>(plugipay.fetch, url, 'POST', body, auth);
    const unknown = await refund({ paymentId, reason: 'bored' });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.details)).toEqual(['reason']);
    const other = await refund({ paymentId, reason: 'other' });
    expect(other.status).toBe(400);
    expect(other.body.details.description).toEqual(["description is required when reason is 'other'"]);
    const described = await refund({ paymentId, reason: 'other', description: 'Goodwill' });
    expect(described.status).toBe(201);
  });

  it('refuses a missing or live key with 401 and an unknown customer with 404', async () => {
    const url = `${plugipay.baseURL}/customers`;
    expect((await send(plugipay.fetch, url, 'POST', { email: 'a@example.com' })).status).toBe(401);
    expect(
      (
        await send(
          plugipay.fetch,
          url,
          'POST',
          { email: 'a@example.com' },
          { authorization: 'Bearer sk_live_1' },
        )
      ).status,
    ).toBe(401);
    const stranger = await send(
      plugipay.fetch,
      `${plugipay.baseURL}/checkout_sessions`,
      'POST',
      { ...sessionBody, customerId: 'cus_nope' },
      auth,
    );
    expect(stranger.status).toBe(404);
  });
});
