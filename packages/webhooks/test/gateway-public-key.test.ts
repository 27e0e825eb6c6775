import { recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../src/index.js';
import { createPublicKeyCache, gatewayPublicKey, webhookPublicKey } from '../src/keys.js';
import { generateTestKeyPair } from '../src/test-key-pair.js';

// The two plain-fetch key readers against a local server shaped like the gateway: the company key for
// success callbacks, and a webhook's own `public_key` for that webhook's deliveries.

const keys = await generateTestKeyPair();
const startServer = recordingServersPerTest();

describe('gateway key readers', () => {
  it("reads a webhook's own public_key from GET /webhooks/{id}/ and verifies its deliveries", async () => {
    const server = await startServer({
      basePath: '/api/v1',
      handler: (request) =>
        request.path === '/api/v1/webhooks/wh_42/'
          ? { body: { id: 'wh_42', title: 'orders', public_key: keys.publicKey } }
          : { status: 404, body: { detail: 'Not found.' } },
    });
    const publicKey = createPublicKeyCache({
      fetchKey: webhookPublicKey({ apiKey: 'sk_test_x', baseURL: `${server.baseURL}/`, webhookId: 'wh_42' }),
    });
    const signed = await signWebhook({ payload: '{"id":"d1"}', privateKey: keys.privateKey });
    await expect(
      verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey }),
    ).resolves.toEqual({
      id: 'd1',
    });
    expect(server.requests.map((request) => [request.method, request.path])).toEqual([
      ['GET', '/api/v1/webhooks/wh_42/'],
    ]);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk_test_x');
  });

  it('accepts the documented { public_key } answer of GET /public_key/ as well as the bare JSON string', async () => {
    const server = await startServer({
      basePath: '/api/v1',
      handler: () => ({ body: { public_key: keys.publicKey } }),
    });
    const key = await createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: 'k', baseURL: server.baseURL }),
    }).get();
    expect(key).toMatchObject({ type: 'public' });
  });

  it('refuses a webhook without public_key with KEY_INVALID, and an id that would leave the path', async () => {
    const server = await startServer({ basePath: '/api/v1', handler: () => ({ body: { id: 'wh_1' } }) });
    const fetchKey = webhookPublicKey({ apiKey: 'k', baseURL: server.baseURL, webhookId: 'wh_1' });
    await expect(fetchKey()).rejects.toMatchObject({ name: 'PublicKeyFetchError', code: 'KEY_INVALID' });
    for (const webhookId of ['', '..', 'a/b', 'a?b']) {
      expect(() => webhookPublicKey({ apiKey: 'k', webhookId })).toThrow(TypeError);
    }
  });
});
