import { describeClientContract, useClientRecorder } from '@ummah/test-support/clients';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlumaasDefault, {
  type Charge,
  ConfigurationError,
  InvalidRequestError,
  Plumaas,
  type WebhookEndpointTestResult,
} from '../src/index.js';

const BASE = 'https://plumaas.com/api/v1';
const KEY = 'psk_test_abc123';

const recorder = useClientRecorder(Plumaas, KEY);
const { seen, reply, make } = recorder;

describeClientContract(recorder, {
  exports: { defaultExport: PlumaasDefault, envVar: 'PLUMAAS_API_KEY', baseURL: BASE },
  post: [`${BASE}/charges`, (client) => client.charges.create({ org_id: 'org_1', amount_cents: 100 })],
  invalid: (client) => client.charges.create({ org_id: 'org_1', amount_cents: 50.5 }),
  webhooks: { scheme: 'plumaas', event: { event: 'charge.succeeded' }, sign: signWebhook },
});

describe('Plumaas', () => {
  it('calls https://plumaas.com/api/v1 and tells test keys from live ones', () => {
    expect(make().baseURL).toBe(BASE);
    expect(make().isTestMode).toBe(true);
    expect(new Plumaas('psk_live_abc').isTestMode).toBe(false);
  });

  it('refuses a key without the psk_live_/psk_test_ prefix, without echoing it', () => {
    let error: unknown;
    try {
      new Plumaas('sk_live_very_secret_value');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/psk_live_ or psk_test_/);
    expect((error as Error).message).not.toContain('very_secret_value');
  });

  it('charges.create posts the charge with a Bearer key and returns pay_url', async () => {
    reply('post', `${BASE}/charges`, { id: 'ch_1', pay_url: 'https://plumaas.com/pay/ch_1' }, 201);
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

  it('refuses a missing org_id without sending, naming the field', async () => {
    await expect(make().charges.create({ amount_cents: 100 } as never)).rejects.toThrow(/org_id/);
    expect(seen).toHaveLength(0);
  });

  it('webhookEndpoints.test posts the event to the endpoint, and refuses a traversing id', async () => {
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
});
