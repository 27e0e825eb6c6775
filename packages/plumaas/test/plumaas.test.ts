import { useMswRecorder } from '@ummah/test-support/msw';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlumaasDefault, {
  AuthenticationError,
  type Charge,
  ConfigurationError,
  InvalidRequestError,
  Plumaas,
  type PlumaasOptions,
  type WebhookEndpointTestResult,
} from '../src/index.js';

const BASE = 'https://plumaas.com/api/v1';
const KEY = 'psk_test_abc123';
const { seen, reply } = useMswRecorder();
const make = (options: PlumaasOptions = {}) =>
  new Plumaas(KEY, {
    fetch: (input, init) => fetch(input, init),
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    ...options,
  });

describe('Plumaas', () => {
  it('is the default export, reads PLUMAAS_API_KEY and tells test keys', () => {
    expect(PlumaasDefault).toBe(Plumaas);
    process.env.PLUMAAS_API_KEY = 'psk_live_env';
    try {
      const client = new Plumaas();
      expect(client.baseURL).toBe(BASE);
      expect(client.isTestMode).toBe(false);
    } finally {
      delete process.env.PLUMAAS_API_KEY;
    }
    expect(make().isTestMode).toBe(true);
  });

  it('refuses a key without the psk_live_/psk_test_ prefix, without echoing it', () => {
    const error = (() => {
      try {
        new Plumaas('sk_live_very_secret_value');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String((error as Error).message)).not.toContain('very_secret_value');
  });

  it('charges.create posts the charge and returns pay_url', async () => {
    reply(
      'post',
      `${BASE}/charges`,
      { id: 'ch_1', pay_url: 'https://plumaas.com/pay/ch_1', status: 'succeeded' },
      201,
    );
    const charge = await make().charges.create({
      org_id: 'org_1',
      amount_cents: 5000,
      currency: 'USD',
      description: 'Tee',
    });
    expectTypeOf(charge).toEqualTypeOf<Charge>();
    expect(charge.pay_url).toBe('https://plumaas.com/pay/ch_1');
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/api/v1/charges');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toEqual({
      org_id: 'org_1',
      amount_cents: 5000,
      currency: 'USD',
      description: 'Tee',
    });
  });

  it('refuses a decimal amount or a missing org_id without sending', async () => {
    const client = make();
    await expect(client.charges.create({ org_id: 'org_1', amount_cents: 50.5 })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    await expect(client.charges.create({ amount_cents: 100 } as never)).rejects.toThrow(/org_id/);
    expect(seen).toHaveLength(0);
  });

  it('webhookEndpoints.test posts the event to the endpoint', async () => {
    reply('post', `${BASE}/webhook-endpoints/we_1/test`, { delivered: true });
    const result = await make().webhookEndpoints.test('we_1', { event: 'charge.succeeded' });
    expectTypeOf(result).toEqualTypeOf<WebhookEndpointTestResult>();
    expect(seen[0]?.url.pathname).toBe('/api/v1/webhook-endpoints/we_1/test');
    expect(seen[0]?.body).toEqual({ event: 'charge.succeeded' });
    await expect(make().webhookEndpoints.test('../x', { event: 'charge.succeeded' })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    expect(seen).toHaveLength(1);
  });

  it('turns an error body into a typed error, and sends a failing POST once', async () => {
    reply('post', `${BASE}/charges`, { error: 'Invalid API key' }, 401);
    await expect(make().charges.create({ org_id: 'o', amount_cents: 1 })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    seen.length = 0;
    reply('post', `${BASE}/charges`, { error: 'down' }, 503);
    await expect(make({ maxRetries: 2 }).charges.create({ org_id: 'o', amount_cents: 1 })).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });

  it('webhooks.verify checks a delivery signed with the plumaas scheme', async () => {
    const event = { event: 'charge.succeeded', data: { id: 'ch_1' } };
    const signed = await signWebhook({ scheme: 'plumaas', payload: event, secret: 'plumaas-secret' });
    const verified = await make().webhooks.verify({
      payload: signed.body,
      headers: signed.headers,
      secret: 'plumaas-secret',
    });
    expect(verified).toMatchObject(event);
    await expect(
      make().webhooks.verify({ payload: signed.body, headers: signed.headers, secret: 'nope' }),
    ).rejects.toThrow();
  });
});
