import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../index.js';
import { generateTestKeyPair } from '../test-key-pair.js';
import { importPublicKey } from './import-public-key.js';

// Every form the gateway, the API client or a merchant's configuration hands over becomes a key that
// verifies a genuine delivery; anything else is KEY_INVALID, never a TypeError.

const keys = await generateTestKeyPair();
const spki = createPublicKey(keys.publicKey);
const signed = await signWebhook({ payload: '{"id":"k"}', privateKey: keys.privateKey });

describe('importPublicKey', () => {
  it.each([
    ['SPKI PEM', keys.publicKey],
    ['PKCS#1 PEM', spki.export({ type: 'pkcs1', format: 'pem' }) as string],
    ['the JSON string the gateway answers, quotes and \\n escapes included', JSON.stringify(keys.publicKey)],
    ['the documented { public_key } object', { public_key: keys.publicKey }],
    ['a JWK', spki.export({ format: 'jwk' }) as { kty: string; n: string; e: string }],
  ])('imports %s into a key that verifies', async (_label, value) => {
    const publicKey = await importPublicKey(value, 'SHA-256');
    expect(publicKey).toMatchObject({ type: 'public', algorithm: { name: 'RSASSA-PKCS1-v1_5' } });
    await expect(
      verifyWebhook({ payload: signed.body, headers: signed.headers, publicKey }),
    ).resolves.toEqual({
      id: 'k',
    });
  });

  it.each([
    [
      'an EC key',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
    ],
    ['an error body', { detail: 'Not found.' }],
    ['null', null],
    ['a private key PEM', keys.privateKey],
  ])('refuses %s with KEY_INVALID', async (_label, value) => {
    await expect(importPublicKey(value as never, 'SHA-256')).rejects.toMatchObject({
      name: 'PublicKeyFetchError',
      code: 'KEY_INVALID',
    });
  });
});
