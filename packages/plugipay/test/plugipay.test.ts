import { useMswRecorder } from '@ummah/test-support/msw';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlugipayDefault, {
  type CheckoutSession,
  ConfigurationError,
  type Customer,
  InvalidRequestError,
  NotFoundError,
  Plugipay,
  type PlugipayOptions,
  type Refund,
} from '../src/index.js';

const BASE = 'https://api.plugipay.test/v1';
const KEY = 'pk_test_plugi';
const { seen, reply } = useMswRecorder();
const make = (options: PlugipayOptions = {}) =>
  new Plugipay(KEY, {
    baseURL: BASE,
    fetch: (input, init) => fetch(input, init),
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    ...options,
  });

describe('Plugipay', () => {
  it('is the default export, reads PLUGIPAY_API_KEY and requires baseURL', () => {
    expect(PlugipayDefault).toBe(Plugipay);
    expect(() => new Plugipay(KEY)).toThrow(ConfigurationError);
    expect(() => new Plugipay(KEY)).toThrow(/baseURL/);
    process.env.PLUGIPAY_API_KEY = 'pk_env';
    try {
      expect(new Plugipay({ baseURL: BASE }).baseURL).toBe(BASE);
    } finally {
      delete process.env.PLUGIPAY_API_KEY;
    }
  });

  it('customers.create', async () => {
    reply('post', `${BASE}/customers`, { id: 'cus_1', email: 'jane@example.com' }, 201);
    const customer = await make().customers.create({ email: 'jane@example.com', name: 'Jane' });
    expectTypeOf(customer).toEqualTypeOf<Customer>();
    expect(customer.id).toBe('cus_1');
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/v1/customers');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toEqual({ email: 'jane@example.com', name: 'Jane' });
  });

  it('checkoutSessions.create', async () => {
    reply('post', `${BASE}/checkout_sessions`, { id: 'cs_1', url: 'https://pay.example/cs_1' }, 201);
    const params = {
      amount: 5000,
      currency: 'USD',
      successUrl: 'https://shop.example/ok',
      cancelUrl: 'https://shop.example/cancel',
    };
    const session = await make().checkoutSessions.create(params);
    expectTypeOf(session).toEqualTypeOf<CheckoutSession>();
    expect(seen[0]?.url.pathname).toBe('/v1/checkout_sessions');
    expect(seen[0]?.body).toEqual(params);
  });

  it('refunds.create, and refuses reason other without description before sending', async () => {
    reply('post', `${BASE}/refunds`, { id: 're_1', status: 'pending' }, 201);
    const client = make();
    await expect(client.refunds.create({ paymentId: 'pay_1', reason: 'other' })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    await expect(client.refunds.create({ paymentId: 'pay_1', reason: 'whim' } as never)).rejects.toThrow(
      /reason/,
    );
    expect(seen).toHaveLength(0);
    const refund = await client.refunds.create({
      paymentId: 'pay_1',
      reason: 'other',
      description: 'Goodwill',
    });
    expectTypeOf(refund).toEqualTypeOf<Refund>();
    expect(seen[0]?.url.pathname).toBe('/v1/refunds');
    expect(seen[0]?.body).toEqual({ paymentId: 'pay_1', reason: 'other', description: 'Goodwill' });
  });

  it('turns an error body into a typed error, and sends a failing POST once', async () => {
    reply('post', `${BASE}/refunds`, { error: 'No such payment' }, 404);
    await expect(make().refunds.create({ paymentId: 'pay_x', reason: 'duplicate' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    seen.length = 0;
    reply('post', `${BASE}/customers`, { error: 'down' }, 502);
    await expect(make({ maxRetries: 2 }).customers.create({ email: 'a@b.co' })).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });

  it('webhooks.verify checks a delivery signed with the plugipay scheme', async () => {
    const event = { type: 'checkout.session.completed', data: { object: { id: 'cs_1' } } };
    const signed = await signWebhook({ scheme: 'plugipay', payload: event, secret: 'plugi-secret' });
    const client = make();
    await expect(
      client.webhooks.verify({ payload: signed.body, headers: signed.headers, secret: 'plugi-secret' }),
    ).resolves.toMatchObject(event);
    await expect(
      client.webhooks.verify({ payload: signed.body, headers: signed.headers, secret: 'x' }),
    ).rejects.toThrow();
  });
});
