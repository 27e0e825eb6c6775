import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as node from '../src/node.js';
import { builds, outcome } from './support/builds.js';

// The WebCrypto and node:crypto builds give every delivery the same outcome.

const NOW = 1_763_776_800;
const keys = await node.generateTestKeyPair();

describe.each(builds)('%s: the builds agree', (_label, api) => {
  const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

  it('accepts a signed body that starts with a UTF-8 byte order mark, as bytes and as text', async () => {
    const bytes = bom('{"id":"evt_bom","amount":1}');
    const rsa = await api.signWebhook({ payload: bytes, privateKey: keys.privateKey });
    await expect(
      api.verifyWebhook({ payload: bytes, headers: rsa.headers, publicKey: keys.publicKey }),
    ).resolves.toEqual({ id: 'evt_bom', amount: 1 });
    const text = `\uFEFF{"id":"evt_bom","amount":1}`;
    const signed = await api.signWebhook({ scheme: 'plexos', payload: text, secret: 's', timestamp: NOW });
    for (const payload of [text, bytes]) {
      await expect(
        api.verifyWebhook({
          scheme: 'plexos',
          payload,
          headers: signed.headers,
          secret: 's',
          now: NOW * 1000,
        }),
      ).resolves.toEqual({ id: 'evt_bom', amount: 1 });
    }
  });

  it('refuses an EC or Ed25519 key for the RSA scheme as KEY_IMPORT_FAILED, as PEM and as JWK', async () => {
    const signed = await api.signWebhook({ payload: '{"id":"p"}', privateKey: keys.privateKey });
    for (const type of ['ec', 'ed25519'] as const) {
      const pair =
        type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
      const pem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const jwk = pair.publicKey.export({ format: 'jwk' });
      for (const publicKey of [pem, jwk]) {
        expect(
          await outcome(api.verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey })),
        ).toBe('KEY_IMPORT_FAILED');
      }
    }
  });

  it("refuses a CryptoKey made for another algorithm, and verifies with a CryptoKey's own hash", async () => {
    const body = '{"id":"p"}';
    const sha256 = await api.signWebhook({ payload: body, privateKey: keys.privateKey });
    const sha512 = await api.signWebhook({
      payload: body,
      privateKey: keys.privateKey,
      algorithm: 'SHA-512',
    });
    const spki = Buffer.from(keys.publicKey.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const rsaKey = (name: string, hash: string, usage: KeyUsage) =>
      webcrypto.subtle.importKey('spki', spki, { name, hash }, false, [usage]);
    const ec = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    for (const publicKey of [
      ec.publicKey,
      await rsaKey('RSA-PSS', 'SHA-256', 'verify'),
      await rsaKey('RSA-OAEP', 'SHA-256', 'encrypt'),
    ]) {
      expect(await outcome(api.verifyWebhook({ payload: body, headers: sha256.headers, publicKey }))).toBe(
        'KEY_IMPORT_FAILED',
      );
    }
    // WebCrypto verifies with the hash the key was imported for; the node build does the same.
    const key512 = await rsaKey('RSASSA-PKCS1-v1_5', 'SHA-512', 'verify');
    const verify = (headers: Record<string, string>, algorithm?: 'SHA-256' | 'SHA-512') =>
      outcome(api.verifyWebhook({ payload: body, headers, publicKey: key512, algorithm }));
    expect(await verify(sha512.headers)).toBe('accepted');
    expect(await verify(sha512.headers, 'SHA-512')).toBe('accepted');
    expect(await verify(sha256.headers)).toBe('SIGNATURE_MISMATCH');
  });
});
