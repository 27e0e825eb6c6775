import { recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import type { SignedWebhook } from '../src/index.js';
import { createPublicKeyCache, gatewayPublicKey, PublicKeyFetchError } from '../src/keys.js';
import { builds, outcome } from './support/builds.js';

// The cache against a real HTTP server playing the gateway's GET /public_key/, which answers a JSON
// string holding the PEM. Counting the requests that reach it is what proves the cooldown and the
// sharing of one fetch.

const { generateTestKeyPair } = builds[1][1];
const [oldKeys, newKeys] = await Promise.all([generateTestKeyPair(), generateTestKeyPair()]);
const API_KEY = 'sk_test_public_key_cache';
const startServer = recordingServersPerTest();

/** A gateway whose company key can be swapped, as a rotation does. */
async function gateway(initial: string) {
  let pem = initial;
  const server = await startServer({ basePath: '/api/v1', handler: () => ({ body: pem }) });
  const fetches = () => server.requests.filter((request) => request.path === '/api/v1/public_key/').length;
  return { server, fetches, rotate: (next: string) => (pem = next) };
}

describe.each(builds)('%s: createPublicKeyCache', (_label, api) => {
  const delivery = (privateKey: string, id: string) =>
    api.signWebhook({ payload: JSON.stringify({ id, event_type: 'purchase.paid' }), privateKey });
  const verify = async (publicKey: ReturnType<typeof createPublicKeyCache>, signed: SignedWebhook) =>
    outcome(api.verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey }));

  it('fetches the key once with the API key and verifies every delivery with the cached key', async () => {
    const { server, fetches } = await gateway(oldKeys.publicKey);
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
    });
    for (let i = 0; i < 3; i++)
      expect(await verify(cache, await delivery(oldKeys.privateKey, `p${i}`))).toBe('accepted');
    expect(fetches()).toBe(1);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('picks up a rotated key after one failure and keeps using it', async () => {
    const { server, fetches, rotate } = await gateway(oldKeys.publicKey);
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
      cooldownMs: 0,
    });
    expect(await verify(cache, await delivery(oldKeys.privateKey, 'before'))).toBe('accepted');
    rotate(newKeys.publicKey);
    expect(await verify(cache, await delivery(newKeys.privateKey, 'after-1'))).toBe('accepted');
    expect(fetches()).toBe(2);
    expect(await verify(cache, await delivery(newKeys.privateKey, 'after-2'))).toBe('accepted');
    expect(fetches()).toBe(2);
  });

  it('fetches at most once per cooldown under a burst of forged deliveries', async () => {
    const { server, fetches } = await gateway(oldKeys.publicKey);
    let clock = 1_000_000;
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
      cooldownMs: 60_000,
      now: () => clock,
    });
    expect(await verify(cache, await delivery(oldKeys.privateKey, 'genuine'))).toBe('accepted');
    const forged = await delivery(newKeys.privateKey, 'forged');
    clock += 61_000; // past the first fetch's cooldown: the first forgery may refetch, the rest may not
    for (let i = 0; i < 50; i++) expect(await verify(cache, forged)).toBe('SIGNATURE_MISMATCH');
    expect(fetches()).toBe(2);
    clock += 61_000;
    const burst = await Promise.all(Array.from({ length: 50 }, () => verify(cache, forged)));
    expect(new Set(burst)).toEqual(new Set(['SIGNATURE_MISMATCH']));
    expect(fetches()).toBe(3);
  });

  it('shares one fetch between concurrent first callers and between concurrent failures', async () => {
    const { server, fetches, rotate } = await gateway(oldKeys.publicKey);
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
      cooldownMs: 0,
    });
    const first = await delivery(oldKeys.privateKey, 'first');
    expect(await Promise.all(Array.from({ length: 20 }, () => verify(cache, first)))).toEqual(
      Array(20).fill('accepted'),
    );
    expect(fetches()).toBe(1);
    rotate(newKeys.publicKey);
    const rotated = await delivery(newKeys.privateKey, 'rotated');
    expect(await Promise.all(Array.from({ length: 20 }, () => verify(cache, rotated)))).toEqual(
      Array(20).fill('accepted'),
    );
    expect(fetches()).toBe(2);
  });
});

describe('createPublicKeyCache failures', () => {
  const { verifyWebhook, safeVerifyWebhook } = builds[0][1];

  it('rejects with KEY_FETCH_FAILED and the status when the gateway refuses, without showing the API key', async () => {
    const server = await startServer({
      basePath: '/api/v1',
      handler: () => ({ status: 401, body: { error: 'x' } }),
    });
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
    });
    const error = await cache.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublicKeyFetchError);
    expect(error).toMatchObject({ code: 'KEY_FETCH_FAILED', status: 401 });
    expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain(API_KEY);
  });

  it('rejects with KEY_FETCH_FAILED when the gateway cannot be reached, and waits out the cooldown before retrying', async () => {
    const server = await startServer(() => ({ body: oldKeys.publicKey }));
    const baseURL = server.baseURL;
    await server.close();
    let calls = 0;
    let clock = 0;
    const fetchKey = gatewayPublicKey({ apiKey: API_KEY, baseURL });
    const cache = createPublicKeyCache({
      fetchKey: () => {
        calls++;
        return fetchKey();
      },
      now: () => clock,
    });
    await expect(cache.get()).rejects.toMatchObject({ code: 'KEY_FETCH_FAILED' });
    await expect(cache.get()).rejects.toMatchObject({ code: 'KEY_FETCH_FAILED' });
    expect(calls).toBe(1);
    clock += 60_000;
    await expect(cache.get()).rejects.toMatchObject({ code: 'KEY_FETCH_FAILED' });
    expect(calls).toBe(2);
  });

  it('rejects with KEY_INVALID when the answer is not a public key', async () => {
    const server = await startServer({
      basePath: '/api/v1',
      handler: () => ({ body: { detail: 'maintenance' } }),
    });
    const cache = createPublicKeyCache({
      fetchKey: gatewayPublicKey({ apiKey: API_KEY, baseURL: server.baseURL }),
    });
    await expect(cache.get()).rejects.toMatchObject({ name: 'PublicKeyFetchError', code: 'KEY_INVALID' });
  });

  it('lets verification throw the fetch error, which safeVerifyWebhook rethrows as an outage', async () => {
    const cache = createPublicKeyCache({
      fetchKey: () => {
        throw new Error('socket hang up');
      },
    });
    const signed = await builds[0][1].signWebhook({ payload: '{"id":"x"}', privateKey: oldKeys.privateKey });
    const options = { payload: signed.body, headers: signed.headers, publicKey: cache };
    await expect(verifyWebhook(options)).rejects.toBeInstanceOf(PublicKeyFetchError);
    await expect(safeVerifyWebhook(options)).rejects.toMatchObject({ code: 'KEY_FETCH_FAILED' });
  });

  it('keeps verifying with the cached key when a refetch fails', async () => {
    let fail = false;
    const cache = createPublicKeyCache({
      fetchKey: () => (fail ? Promise.reject(new Error('down')) : oldKeys.publicKey),
      cooldownMs: 0,
    });
    const genuine = await builds[0][1].signWebhook({ payload: '{"id":"g"}', privateKey: oldKeys.privateKey });
    const verify = () => verifyWebhook({ payload: genuine.body, headers: genuine.headers, publicKey: cache });
    await expect(verify()).resolves.toEqual({ id: 'g' });
    fail = true;
    await expect(cache.refresh()).rejects.toMatchObject({ code: 'KEY_FETCH_FAILED' });
    await expect(verify()).resolves.toEqual({ id: 'g' });
  });

  it('refuses options it cannot use', () => {
    expect(() => createPublicKeyCache({ fetchKey: undefined as never })).toThrow(TypeError);
    expect(() => createPublicKeyCache({ fetchKey: () => '', cooldownMs: Number.NaN })).toThrow(RangeError);
    expect(() => createPublicKeyCache({ fetchKey: () => '', algorithm: 'SHA-1' as never })).toThrow(
      RangeError,
    );
  });
});
