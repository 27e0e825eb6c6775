import { describeClientContract, useClientRecorder } from '@ummah/test-support/clients';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlugipayDefault, {
  type CheckoutSession,
  ConfigurationError,
  type Customer,
  InvalidRequestError,
  NotFoundError,
  Plugipay,
  type Refund,
} from '../src/index.js';

const BASE = 'https://api.plugipay.test/v1';
const KEY = 'pk_test_plugi';
const recorder = useClientRecorder(Plugipay, KEY, { baseURL: BASE });
const { seen, reply, make } = recorder;

describeClientContract(recorder, {
  exports: { defaultExport: PlugipayDefault, envVar: 'PLUGIPAY_API_KEY', baseURL: BASE },
  post: [`${BASE}/customers`, (client) => client.customers.create({ email: 'jane@example.com' })],
  invalid: (client) => client.refunds.create({ paymentId: 'pay_1', reason: 'other' }),
  webhooks: {
    scheme: 'plugipay',
    event: { type: 'checkout_session.completed', data: { id: 'cs_1' } },
    sign: signWebhook,
  },
});

describe('Plugipay', () => {
  it('without baseURL throws a ConfigurationError saying Plugipay documents no host', () => {
    let error: unknown;
    try {
      new Plugipay(KEY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/Plugipay documents no API host: pass `baseURL`/);
    expect(() => new Plugipay(KEY, { baseURL: '  ' })).toThrow(ConfigurationError);
    expect(make().baseURL).toBe(BASE);
  });

  it('customers.create posts the customer with a Bearer key', async () => {
    reply('post', `${BASE}/customers`, { id: 'cus_1', email: 'jane@example.com' }, 201);
    const customer = await make().customers.create({ email: 'jane@example.com', name: 'Jane' });
    expectTypeOf(customer).toEqualTypeOf<Customer>();
    expect(customer.id).toBe('cus_1');
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/v1/customers');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toEqual({ email: 'jane@example.com', name: 'Jane' });
  });

  it('checkoutSessions.create posts the session', async () => {
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

  it('refunds.create refuses an unknown reason, or other without description, before sending', async () => {
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

  it('turns a 404 error body into a NotFoundError with its message', async () => {
    reply('post', `${BASE}/refunds`, { error: 'No such payment' }, 404);
    const error = await make()
      .refunds.create({ paymentId: 'pay_x', reason: 'duplicate' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain('No such payment');
  });
});
