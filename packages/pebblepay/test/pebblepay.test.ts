import { describeClientContract, useClientRecorder } from '@ummah/test-support/clients';
import { signWebhook } from '@ummah/webhooks';
import { HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PebblePayDefault, {
  type Coupon,
  InvalidRequestError,
  NotFoundError,
  type Order,
  type OrderCheckout,
  PebblePay,
  type PebblePayOptions,
} from '../src/index.js';

const BASE = 'https://payments.pebblepay.io/api/v1';
const KEY = 'sk_test_pebble';

const recorder = useClientRecorder<PebblePay, PebblePayOptions>(PebblePay, KEY);
const { seen, handle, make } = recorder;
const reply = (method: 'get' | 'post' | 'put' | 'delete', path: string, body: unknown, status = 200) =>
  recorder.reply(method, `${BASE}${path}`, body, status);

describeClientContract(recorder, {
  exports: { defaultExport: PebblePayDefault, envVar: 'PEBBLEPAY_API_KEY', baseURL: BASE },
  post: [`${BASE}/orders`, (client) => client.orders.create({ amount: 29.99, order_reference: 'ref-1' })],
  invalid: (client) => client.orders.create({ amount: 0.49, order_reference: 'ref-1' }),
  webhooks: {
    scheme: 'pebblepay',
    event: { event: 'payment.completed', transaction_id: 'txn_1', order_id: 'ord_1' },
    sign: signWebhook,
  },
});

const order = { order_id: 'ord_1', amount: 29.99, status: 'pending' };
const coupon = { id: 'cp_1', code: 'SAVE10', discount_type: 'percentage', discount_value: 10 };

describe('PebblePay', () => {
  it('orders.create posts the order with a Bearer key', async () => {
    reply('post', '/orders', { order_id: 'ord_1', checkout_url: 'https://pay.example/ord_1' }, 201);
    const result = await make().orders.create({ amount: 29.99, order_reference: 'ref-1' });
    expectTypeOf(result).toEqualTypeOf<OrderCheckout>();
    expect(result).toMatchObject({ order_id: 'ord_1' });
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/api/v1/orders');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toMatchObject({ amount: 29.99 });
  });

  it('sends the key as X-Api-Key when asked', async () => {
    reply('get', '/orders/ord_1', order);
    await make({ authHeader: 'x-api-key' }).orders.retrieve('ord_1');
    expect(seen[0]?.headers.get('x-api-key')).toBe(KEY);
    expect(seen[0]?.headers.get('authorization')).toBeNull();
  });

  it('refuses amounts outside 0.50 to 50,000 USD without sending', async () => {
    reply('post', '/orders', {});
    const client = make();
    for (const amount of [0.49, 50_000.01, -1]) {
      await expect(client.orders.create({ amount, order_reference: 'r' })).rejects.toBeInstanceOf(
        InvalidRequestError,
      );
    }
    expect(seen).toHaveLength(0);
  });

  it('orders.retrieve and orders.refund', async () => {
    reply('get', '/orders/ord_1', order);
    reply('post', '/orders/ord_1/refund', { status: 'refund_pending' });
    const client = make();
    const got = await client.orders.retrieve('ord_1');
    expectTypeOf(got).toEqualTypeOf<Order>();
    expect(got.order_id).toBe('ord_1');
    await client.orders.refund('ord_1', { reason: 'Customer requested refund' });
    expect(seen[1]?.method).toBe('POST');
    expect(seen[1]?.url.pathname).toBe('/api/v1/orders/ord_1/refund');
    expect(seen[1]?.body).toEqual({ reason: 'Customer requested refund' });
  });

  it('orders.list pages by offset: one page when awaited, every order with for await', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({ ...order, order_id: `ord_${i}` }));
    handle('get', `${BASE}/orders`, ({ url }) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      return HttpResponse.json({
        orders: all.slice(offset, offset + limit),
        total: all.length,
        limit,
        offset,
      });
    });
    const client = make();
    const page = await client.orders.list({ limit: 2 });
    expect(page.results.map((o) => o.order_id)).toEqual(['ord_0', 'ord_1']);
    expect(page.hasNextPage()).toBe(true);
    seen.length = 0;
    const ids: string[] = [];
    for await (const o of client.orders.list({ limit: 2, status: 'pending' })) {
      expectTypeOf(o).toEqualTypeOf<Order>();
      ids.push(String(o.order_id));
    }
    expect(ids).toEqual(all.map((o) => o.order_id));
    expect(seen.map((s) => s.url.searchParams.get('offset'))).toEqual([null, '2', '4']);
    expect(seen.every((s) => s.url.searchParams.get('status') === 'pending')).toBe(true);
  });

  it('coupons: create, list, retrieve, update (PUT), delete', async () => {
    reply('post', '/coupons', coupon, 201);
    reply('get', '/coupons', { coupons: [coupon] });
    reply('get', '/coupons/cp_1', coupon);
    reply('put', '/coupons/cp_1', { ...coupon, is_active: false });
    reply('delete', '/coupons/cp_1', { deleted: true });
    const client = make();
    const created = await client.coupons.create({
      code: 'SAVE10',
      discount_type: 'percentage',
      discount_value: 10,
    });
    expectTypeOf(created).toEqualTypeOf<Coupon>();
    const page = await client.coupons.list();
    expect(page.results).toHaveLength(1);
    await client.coupons.retrieve('cp_1');
    await client.coupons.update('cp_1', { is_active: false });
    await client.coupons.delete('cp_1');
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      'POST /api/v1/coupons',
      'GET /api/v1/coupons',
      'GET /api/v1/coupons/cp_1',
      'PUT /api/v1/coupons/cp_1',
      'DELETE /api/v1/coupons/cp_1',
    ]);
    expect(seen[3]?.body).toEqual({ is_active: false });
  });

  it('refuses updating code, discount_type or discount_value without sending', async () => {
    await expect(make().coupons.update('cp_1', { code: 'NEW' } as never)).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    expect(seen).toHaveLength(0);
  });

  it('turns { "error": "…" } into a typed error with that message', async () => {
    reply('get', '/orders/missing', { error: 'Order not found' }, 404);
    const error = await make()
      .orders.retrieve('missing')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain('Order not found');
  });

  it('never replays a POST (no idempotency mechanism is documented), but retries a GET', async () => {
    reply('post', '/orders/ord_1/refund', { error: 'Unavailable' }, 503);
    reply('get', '/orders/ord_1', { error: 'Unavailable' }, 503);
    const client = make({ maxRetries: 2 });
    await expect(client.orders.refund('ord_1')).rejects.toThrow('Unavailable');
    expect(seen).toHaveLength(1);
    await expect(client.orders.retrieve('ord_1')).rejects.toThrow();
    expect(seen).toHaveLength(4);
  });

  it('retries a GET whose connection drops, and returns the answer of the attempt that succeeds', async () => {
    let attempts = 0;
    handle('get', `${BASE}/orders/ord_1`, () => {
      attempts += 1;
      return attempts < 3 ? HttpResponse.error() : HttpResponse.json(order);
    });
    await expect(make({ maxRetries: 2 }).orders.retrieve('ord_1')).resolves.toEqual(order);
    expect(seen).toHaveLength(3);
  });
});
