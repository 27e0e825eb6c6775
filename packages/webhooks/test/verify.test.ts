import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as edge from '../src/index.js';
import * as node from '../src/node.js';

const keys = await node.generateTestKeyPair();
const SECRET = 'sk_webhook_super_secret_value';

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each([
  ['WebCrypto build', edge],
  ['node:crypto build', node],
] as const)('%s', (_label, api) => {
  it('refuses a parsed object and names express.raw() and request.text()', async () => {
    const result = await api.safeVerifyWebhook({
      payload: { id: 'x' } as unknown as string,
      headers: { 'x-signature': 'AAAA' },
      publicKey: keys.publicKey,
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({
      code: 'PAYLOAD_PARSED',
      message: expect.stringMatching(/express\.raw\(\).*request\.text\(\)/),
    });
  });

  it('refuses payloads that are not bytes or text', async () => {
    for (const payload of [null, undefined, 42]) {
      const result = await api.safeVerifyWebhook({
        payload: payload as unknown as string,
        headers: {},
        publicKey: keys.publicKey,
      });
      expect(result.error?.code).toBe('INVALID_PAYLOAD');
    }
  });

  it('hashes ArrayBuffer, Uint8Array views, Buffer and string payloads identically', async () => {
    const signed = await api.signWebhook({
      payload: { event_type: 'purchase.paid', id: 'p1' },
      privateKey: keys.privateKey,
    });
    const text = signed.body as string;
    const bytes = new TextEncoder().encode(text);
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes, 2);
    for (const payload of [
      text,
      bytes,
      bytes.buffer,
      Buffer.from(text),
      padded.subarray(2, 2 + bytes.length),
    ]) {
      await expect(
        api.verifyWebhook({ payload, headers: signed.headers, publicKey: keys.publicKey }),
      ).resolves.toEqual({
        event_type: 'purchase.paid',
        id: 'p1',
      });
    }
  });

  it('never shows secrets or keys in errors, messages or inspection', async () => {
    const signed = await api.signWebhook({ scheme: 'plumaas', payload: '{}', secret: SECRET, timestamp: 1 });
    const result = await api.safeVerifyWebhook({
      scheme: 'plumaas',
      payload: '{}',
      headers: signed.headers,
      secret: SECRET,
      now: 1000,
    });
    expect(result.ok).toBe(true);
    const wrong = await api.safeVerifyWebhook({
      scheme: 'plumaas',
      payload: '{"a":1}',
      headers: signed.headers,
      secret: SECRET,
      now: 1000,
    });
    const shown = `${wrong.error?.message} ${inspect(wrong.error)} ${JSON.stringify(wrong.error)}`;
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(signed.headers['x-plumaas-signature']!.slice(9));
    const badKey = await api.safeVerifyWebhook({
      payload: '{}',
      headers: { 'x-signature': 'AAAA' },
      publicKey: keys.publicKey.replace(/\n(.{4})/, '\n'),
    });
    expect(badKey.error?.code).toBe('KEY_IMPORT_FAILED');
    expect(`${badKey.error?.message} ${inspect(badKey.error)}`).not.toContain(keys.publicKey.split('\n')[1]);
  });

  it('requires a key or secret for the scheme', async () => {
    const missingKey = await api.safeVerifyWebhook({
      payload: '{}',
      headers: { 'x-signature': 'AAAA' },
      publicKey: [],
    });
    expect(missingKey.error?.code).toBe('MISSING_KEY');
    const signed = await api.signWebhook({ scheme: 'pebblepay', payload: '{}', secret: 's' });
    const missingSecret = await api.safeVerifyWebhook({
      scheme: 'pebblepay',
      payload: '{}',
      headers: signed.headers,
      secret: [],
    });
    expect(missingSecret.error?.code).toBe('MISSING_KEY');
    for (const bad of [null, 42]) {
      const wrongType = await api.safeVerifyWebhook({
        scheme: 'pebblepay',
        payload: '{}',
        headers: signed.headers,
        secret: bad as unknown as string,
      });
      expect(wrongType.error?.code).toBe('MISSING_KEY');
      const wrongKey = await api.safeVerifyWebhook({
        payload: '{}',
        headers: { 'x-signature': 'AAAA' },
        publicKey: [bad as unknown as string],
      });
      expect(wrongKey.error?.code).toBe('MISSING_KEY');
    }
    const emptySecret = await api.safeVerifyWebhook({
      scheme: 'pebblepay',
      payload: '{}',
      headers: signed.headers,
      secret: '',
    });
    expect(emptySecret.error?.code).toBe('KEY_IMPORT_FAILED');
  });

  it('refuses unknown scheme names, including Object.prototype keys, and unknown algorithms', async () => {
    for (const scheme of ['stripe', 'toString', '__proto__']) {
      const result = await api.safeVerifyWebhook({
        scheme,
        payload: '{}',
        headers: {},
        secret: 's',
      } as unknown as node.VerifyWebhookOptions);
      expect(result.error?.code).toBe('UNKNOWN_SCHEME');
    }
    const result = await api.safeVerifyWebhook({
      payload: '{}',
      headers: { 'x-signature': 'AAAA' },
      publicKey: keys.publicKey,
      algorithm: 'SHA-1' as 'SHA-256',
    });
    expect(result.error?.code).toBe('INVALID_OPTIONS');
  });

  it('accepts a JWK and a CryptoKey as the public key', async () => {
    const signed = await api.signWebhook({ payload: '{"id":"j"}', privateKey: keys.privateKey });
    const spki = Buffer.from(keys.publicKey.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const cryptoKey = await crypto.subtle.importKey('spki', spki, algorithm, true, ['verify']);
    const jwk = await crypto.subtle.exportKey('jwk', cryptoKey);
    for (const publicKey of [jwk, cryptoKey]) {
      await expect(
        api.verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey }),
      ).resolves.toEqual({ id: 'j' });
    }
  });

  it('verifies a fetch Request and refuses one whose body was already read', async () => {
    const signed = await api.signWebhook({
      scheme: 'standard-webhooks',
      payload: { type: 'x' },
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    const request = () =>
      new Request('https://merchant.example/webhooks', {
        method: 'POST',
        body: signed.body,
        headers: signed.headers,
      });
    await expect(
      api.verifyRequest(request(), {
        scheme: 'standard-webhooks',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      }),
    ).resolves.toEqual({ type: 'x' });
    const consumed = request();
    await consumed.text();
    await expect(
      api.verifyRequest(consumed, { scheme: 'standard-webhooks', secret: 'x' }),
    ).rejects.toMatchObject({
      code: 'PAYLOAD_PARSED',
    });
  });

  it('rethrows replay store outages from safeVerifyWebhook instead of calling them forgeries', async () => {
    const outage = new Error('redis down');
    const replayGuard = api.createReplayGuard({
      store: { add: () => Promise.reject(outage), delete: () => undefined },
    });
    const signed = await api.signWebhook({
      payload: '{"id":"r","event_type":"purchase.paid"}',
      privateKey: keys.privateKey,
    });
    await expect(
      api.safeVerifyWebhook({
        payload: signed.body,
        headers: signed.headers,
        publicKey: keys.publicKey,
        replayGuard,
      }),
    ).rejects.toBe(outage);
  });
});

describe('key caching', () => {
  it('imports a PEM public key once in the WebCrypto build, however many deliveries it verifies', async () => {
    const fresh = await node.generateTestKeyPair();
    const spy = vi.spyOn(crypto.subtle, 'importKey');
    const signed = await node.signWebhook({ payload: '{"n":1}', privateKey: fresh.privateKey });
    for (let i = 0; i < 5; i++) {
      await edge.verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey: fresh.publicKey });
    }
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('imports an HMAC secret once in the WebCrypto build', async () => {
    const spy = vi.spyOn(crypto.subtle, 'importKey');
    const secret = `cache-test-${Math.random()}`;
    const signed = await node.signWebhook({ scheme: 'pebblepay', payload: '{}', secret });
    for (let i = 0; i < 5; i++)
      await edge.verifyWebhook({
        scheme: 'pebblepay',
        payload: signed.body,
        headers: signed.headers,
        secret,
      });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('retries an import that failed instead of caching the failure', async () => {
    const spy = vi.spyOn(crypto.subtle, 'importKey');
    const broken = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----';
    for (let i = 0; i < 2; i++) {
      const result = await edge.safeVerifyWebhook({
        payload: '{}',
        headers: { 'x-signature': 'AAAA' },
        publicKey: broken,
      });
      expect(result.error?.code).toBe('KEY_IMPORT_FAILED');
    }
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
