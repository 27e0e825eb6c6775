import { describe, expect, it } from 'vitest';
import { createPublicKeyCache } from '../src/keys.js';
import { builds } from './support/builds.js';

// createWebhookHandler takes a public key cache like verifyWebhook does. A key that cannot be fetched is
// an outage: answered 503 with Retry-After so the gateway retries, and `handle` never runs.

const { generateTestKeyPair } = builds[1][1];
const [oldKeys, newKeys] = await Promise.all([generateTestKeyPair(), generateTestKeyPair()]);

describe.each(builds)('createWebhookHandler with a key cache (%s)', (_label, api) => {
  const request = async (privateKey: string, id: string) => {
    const { body, headers } = await api.signWebhook({
      payload: { id, event_type: 'purchase.paid', updated_on: 1 },
      privateKey,
    });
    return new Request('http://127.0.0.1/callbacks', { method: 'POST', body, headers });
  };

  it('processes a delivery signed with a rotated key after one refetch', async () => {
    let pem = oldKeys.publicKey;
    let fetches = 0;
    const handled: unknown[] = [];
    const handler = api.createWebhookHandler({
      publicKey: createPublicKeyCache({
        fetchKey: () => {
          fetches++;
          return pem;
        },
        cooldownMs: 0,
      }),
      handle: (event) => void handled.push(event.id),
    });
    expect((await handler(await request(oldKeys.privateKey, 'pur_1'))).status).toBe(200);
    pem = newKeys.publicKey;
    expect((await handler(await request(newKeys.privateKey, 'pur_2'))).status).toBe(200);
    expect(handled).toEqual(['pur_1', 'pur_2']);
    expect(fetches).toBe(2);
  });

  it('answers 503 KEY_UNAVAILABLE with Retry-After when the key cannot be fetched, and reports it', async () => {
    const reported: string[] = [];
    let handled = 0;
    const handler = api.createWebhookHandler({
      publicKey: createPublicKeyCache({ fetchKey: () => Promise.reject(new Error('ECONNREFUSED')) }),
      leaseSeconds: 30,
      onError: (error) => void reported.push(`${error.code} ${(error.cause as Error).name}`),
      handle: () => void handled++,
    });
    const response = await handler(await request(oldKeys.privateKey, 'pur_3'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({
      error: { code: 'KEY_UNAVAILABLE', message: expect.any(String) },
    });
    expect(reported).toEqual(['KEY_UNAVAILABLE PublicKeyFetchError']);
    expect(handled).toBe(0);
  });
});
