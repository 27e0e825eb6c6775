import { routes } from '@ummah/schema/pebblepay/routes';
import { describe, expect, it } from 'vitest';
import { createMockPebblePay, type MockCoupon, type MockOrder } from '../src/index';
import {
  expectEveryOperationAnswered,
  onlyDelivery,
  providerSuite,
  send,
  verifySigned,
} from './provider-support';

const {
  mock: pebble,
  inbox,
  auth,
} = providerSuite(createMockPebblePay, 'https://shop.test/webhooks/pebblepay');

type Created = MockOrder & { checkout_url: string };

async function createOrder(body: Record<string, unknown> = {}): Promise<Created> {
  const created = await send<Created>(
    fetch,
    `${pebble.baseURL}/orders`,
    'POST',
    { amount: 29.99, product_name: 'Premium License', ...body },
    auth,
  );
  expect(created.status).toBe(201);
  return created.body;
}

async function createCoupon(body: Record<string, unknown> = {}): Promise<MockCoupon> {
  const created = await send<MockCoupon>(
    pebble.fetch,
    `${pebble.baseURL}/coupons`,
    'POST',
    { code: 'SAVE10', discount_type: 'percentage', discount_value: 10, ...body },
    auth,
  );
  expect(created.status).toBe(201);
  return created.body;
}

describe('PebblePay mock', () => {
  it('answers every operation of the PebblePay route table with its success status', async () => {
    const order = async () => (await createOrder()).transaction_id;
    const completed = async () => {
      const id = await order();
      await pebble.simulate.complete(id);
      return id;
    };
    const coupon = async () =>
      (await createCoupon({ code: `C${Math.random().toString(36).slice(2, 8)}` })).id;
    await expectEveryOperationAnswered(pebble.fetch, pebble.baseURL, auth, routes, {
      'orders.list': () => ({ path: '/orders?limit=5&offset=0' }),
      'orders.create': () => ({ path: '/orders', body: { amount: 10 } }),
      'orders.retrieve': async () => ({ path: `/orders/${await order()}` }),
      'orders.refund': async () => ({
        path: `/orders/${await completed()}/refund`,
        body: { reason: 'asked' },
      }),
      'coupons.list': () => ({ path: '/coupons?active=true' }),
      'coupons.create': () => ({
        path: '/coupons',
        body: { code: 'NEW5', discount_type: 'fixed', discount_value: 5 },
      }),
      'coupons.retrieve': async () => ({ path: `/coupons/${await coupon()}` }),
      'coupons.update': async () => ({ path: `/coupons/${await coupon()}`, body: { is_active: false } }),
      'coupons.delete': async () => ({ path: `/coupons/${await coupon()}` }),
    });
  });

  it('creates a pending order with a checkout URL, found by transaction id or order id', async () => {
    const order = await createOrder({ order_reference: 'ORD-1', customer_email: 'john@example.com' });
    expect(order).toMatchObject({ status: 'pending', amount: 29.99, currency: 'USD', is_test: true });
    expect(order.checkout_url).toMatch(/^https:\/\/payments\.pebblepay\.io\/checkout\/cs_/);
    expect(order.order_id).toMatch(/^PP-[0-9A-F]{4}-[0-9A-F]{6}$/);
    const byOrderId = await send<MockOrder>(
      fetch,
      `${pebble.baseURL}/orders/${order.order_id}`,
      'GET',
      undefined,
      auth,
    );
    expect(byOrderId.body.transaction_id).toBe(order.transaction_id);
  });

  it('completes an order and sends payment.completed signed with the webhook secret, also to the order webhook_url', async () => {
    const order = await createOrder({ webhook_url: 'https://shop.test/orders/hook' });
    expect((await pebble.simulate.complete(order.transaction_id)).status).toBe('completed');
    expect(inbox.requests.map((request) => request.url).sort()).toEqual([
      'https://shop.test/orders/hook',
      'https://shop.test/webhooks/pebblepay',
    ]);
    const received = inbox.requests[0]!;
    expect(received.headers.get('x-webhook-id')).toBeTruthy();
    const event = await verifySigned('pebblepay', received, pebble.webhookSecret);
    expect(event).toMatchObject({
      event: 'payment.completed',
      transaction_id: order.transaction_id,
      status: 'completed',
      is_test: true,
    });
  });

  it('refunds a completed order (payment.refunded) and refuses to refund a pending one', async () => {
    const pending = await createOrder();
    const early = await send(
      pebble.fetch,
      `${pebble.baseURL}/orders/${pending.transaction_id}/refund`,
      'POST',
      {},
      auth,
    );
    expect(early.status).toBe(400);
    expect(early.body).toEqual({ error: expect.stringContaining('is pending, not completed') });
    await pebble.simulate.complete(pending.transaction_id);
    const refund = await send(
      pebble.fetch,
      `${pebble.baseURL}/orders/${pending.transaction_id}/refund`,
      'POST',
      { reason: 'Customer requested refund' },
      auth,
    );
    expect(refund).toMatchObject({ status: 200, body: { status: 'refunded', refund_amount: 29.99 } });
    expect(onlyDelivery(pebble.deliveries, 'payment.refunded').payload).toMatchObject({ status: 'refunded' });
    const stored = await send<MockOrder>(
      pebble.fetch,
      `${pebble.baseURL}/orders/${pending.order_id}`,
      'GET',
      undefined,
      auth,
    );
    expect(stored.body.status).toBe('refunded');
  });

  it('fails and disputes orders with their events', async () => {
    const failing = await createOrder();
    expect((await pebble.simulate.fail(failing.transaction_id)).status).toBe('failed');
    const disputed = await createOrder();
    await expect(pebble.simulate.dispute(disputed.transaction_id)).rejects.toThrow(/pending, not completed/);
    await pebble.simulate.complete(disputed.transaction_id);
    await pebble.simulate.dispute(disputed.transaction_id);
    expect(pebble.deliveries.map((delivery) => delivery.event)).toEqual([
      'payment.failed',
      'payment.completed',
      'payment.disputed',
    ]);
  });

  it('pages orders with limit and offset and filters them by status and reference', async () => {
    const created: Created[] = [];
    for (let index = 0; index < 5; index += 1)
      created.push(await createOrder({ order_reference: `REF-${index % 2}` }));
    await pebble.simulate.complete(created[0]!.transaction_id);
    type Page = { orders: MockOrder[]; total: number; limit: number; offset: number };
    const page = await send<Page>(fetch, `${pebble.baseURL}/orders?limit=2&offset=2`, 'GET', undefined, auth);
    expect(page.body).toMatchObject({ total: 5, limit: 2, offset: 2 });
    expect(page.body.orders.map((order) => order.transaction_id)).toEqual([
      created[2]!.transaction_id,
      created[1]!.transaction_id,
    ]);
    const completed = await send<Page>(
      fetch,
      `${pebble.baseURL}/orders?status=completed`,
      'GET',
      undefined,
      auth,
    );
    expect(completed.body.orders.map((order) => order.transaction_id)).toEqual([created[0]!.transaction_id]);
    const ref = await send<Page>(
      fetch,
      `${pebble.baseURL}/orders?order_reference=REF-1`,
      'GET',
      undefined,
      auth,
    );
    expect(ref.body.total).toBe(2);
    const tooMany = await send(fetch, `${pebble.baseURL}/orders?limit=500`, 'GET', undefined, auth);
    expect(tooMany.status).toBe(400);
  });

  it('refuses order amounts outside 0.50–50000 and unknown fields with { error }', async () => {
    for (const amount of [0.49, 50000.01]) {
      const result = await send(pebble.fetch, `${pebble.baseURL}/orders`, 'POST', { amount }, auth);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ error: expect.stringContaining('amount') });
    }
    const edge = await send(pebble.fetch, `${pebble.baseURL}/orders`, 'POST', { amount: 50000 }, auth);
    expect(edge.status).toBe(201);
  });

  it('creates, lists, updates and deletes coupons, and refuses to change code or discount', async () => {
    const coupon = await createCoupon();
    expect(coupon).toMatchObject({ code: 'SAVE10', is_active: true, discount_value: 10 });
    const url = `${pebble.baseURL}/coupons/${coupon.id}`;
    const changed = await send<MockCoupon>(
      pebble.fetch,
      url,
      'PUT',
      { description: 'Ten off', is_active: false },
      auth,
    );
    expect(changed.body).toMatchObject({ description: 'Ten off', is_active: false, code: 'SAVE10' });
    for (const field of ['code', 'discount_type', 'discount_value']) {
      const refused = await send(
        pebble.fetch,
        url,
        'PUT',
        { [field]: field === 'discount_value' ? 5 : 'fixed' },
        auth,
      );
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({ error: expect.stringContaining(field) });
    }
    const active = await send<{ coupons: MockCoupon[] }>(
      pebble.fetch,
      `${pebble.baseURL}/coupons?active=true`,
      'GET',
      undefined,
      auth,
    );
    expect(active.body.coupons).toEqual([]);
    const inactive = await send<{ coupons: MockCoupon[] }>(
      pebble.fetch,
      `${pebble.baseURL}/coupons?active=false`,
      'GET',
      undefined,
      auth,
    );
    expect(inactive.body.coupons.map((item) => item.id)).toEqual([coupon.id]);
    expect((await send(pebble.fetch, url, 'DELETE', undefined, auth)).status).toBe(200);
    expect(await send(pebble.fetch, url, 'GET', undefined, auth)).toEqual({
      status: 404,
      body: { error: 'Coupon not found' },
    });
  });

  it('prices an order with an active coupon and refuses an unknown one', async () => {
    await createCoupon({ code: 'HALF', discount_value: 50 });
    expect((await createOrder({ amount: 40, coupon_code: 'half' })).amount).toBe(20);
    const unknown = await send(
      pebble.fetch,
      `${pebble.baseURL}/orders`,
      'POST',
      { amount: 40, coupon_code: 'NOPE' },
      auth,
    );
    expect(unknown).toEqual({ status: 400, body: { error: 'Invalid coupon code: NOPE' } });
  });

  it('takes the key as Bearer or X-Api-Key and refuses a bad one with 401 { error }', async () => {
    const url = `${pebble.baseURL}/orders`;
    expect((await send(pebble.fetch, url, 'GET', undefined, { 'x-api-key': pebble.apiKey })).status).toBe(
      200,
    );
    const missing = await send(pebble.fetch, url, 'GET');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: expect.any(String) });
    expect((await send(pebble.fetch, url, 'GET', undefined, { 'x-api-key': 'sk_live_real' })).status).toBe(
      401,
    );
    expect((await send(pebble.fetch, url, 'GET', undefined, { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
  });
});
