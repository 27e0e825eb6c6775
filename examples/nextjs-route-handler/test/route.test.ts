import { generateTestKeyPair, signWebhook, type TestKeyPair } from '@ummah/webhooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '../app/api/webhooks/route.js';

const endpoint = 'https://shop.example/api/webhooks';
const refundEvent = {
  id: 'evt_9',
  type: 'purchase',
  event_type: 'purchase.refunded',
  created_on: 1_767_225_600,
  object: { id: 'pur_42', type: 'purchase', status: 'refunded', reference: 'order-1001' },
};

let gatewayKeys: TestKeyPair;
let otherKeys: TestKeyPair;

beforeAll(async () => {
  [gatewayKeys, otherKeys] = await Promise.all([generateTestKeyPair(), generateTestKeyPair()]);
});

afterEach(() => {
  delete process.env.UMMAH_WEBHOOK_PUBLIC_KEY;
});

async function deliver(privateKey: string, body?: string): Promise<Response> {
  const signed = await signWebhook({ payload: refundEvent, privateKey });
  return POST(new Request(endpoint, { method: 'POST', body: body ?? signed.body, headers: signed.headers }));
}

describe('POST /api/webhooks as a plain Web Request handler', () => {
  it('answers 200 with the event name and object id for a delivery signed by the gateway', async () => {
    process.env.UMMAH_WEBHOOK_PUBLIC_KEY = gatewayKeys.publicKey;
    const response = await deliver(gatewayKeys.privateKey);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, event_type: 'purchase.refunded', id: 'pur_42' });
  });

  it('answers 400 SIGNATURE_MISMATCH for a delivery signed with another key', async () => {
    process.env.UMMAH_WEBHOOK_PUBLIC_KEY = gatewayKeys.publicKey;
    const response = await deliver(otherKeys.privateKey);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'SIGNATURE_MISMATCH' } });
  });

  it('answers 400 when the signed body was altered', async () => {
    process.env.UMMAH_WEBHOOK_PUBLIC_KEY = gatewayKeys.publicKey;
    const altered = JSON.stringify({ ...refundEvent, object: { ...refundEvent.object, id: 'pur_43' } });
    const response = await deliver(gatewayKeys.privateKey, altered);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'SIGNATURE_MISMATCH' } });
  });

  it('answers 500 NOT_CONFIGURED without leaking anything when the public key is missing', async () => {
    const response = await deliver(gatewayKeys.privateKey);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_CONFIGURED' } });
  });
});
