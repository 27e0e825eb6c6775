import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanPem, privateKeyDer, publicKeyDer } from './pem.js';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
const spki = publicKey.export({ type: 'spki', format: 'der' });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });

describe('cleanPem', () => {
  it('undoes \\n escapes, CRLF and JSON quotes from environment variables', () => {
    expect(cleanPem('"-----BEGIN X-----\\r\\nAB\\nCD\\n-----END X-----"')).toBe(
      '-----BEGIN X-----\nAB\nCD\n-----END X-----',
    );
    expect(cleanPem('a\r\nb')).toBe('a\nb');
  });
});

describe('publicKeyDer', () => {
  it('returns SPKI DER for SPKI PEM', () => {
    expect(Buffer.from(publicKeyDer(publicKey.export({ type: 'spki', format: 'pem' }).toString()))).toEqual(
      spki,
    );
  });

  it('wraps PKCS#1 PEM into the same SPKI DER', () => {
    expect(Buffer.from(publicKeyDer(publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()))).toEqual(
      spki,
    );
  });

  it('reads unarmored base64 DER', () => {
    expect(Buffer.from(publicKeyDer(spki.toString('base64')))).toEqual(spki);
  });

  it('refuses private keys, certificates and garbage without echoing them', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => publicKeyDer(pem)).toThrow(expect.objectContaining({ code: 'KEY_IMPORT_FAILED' }));
    try {
      publicKeyDer(pem);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(pem.split('\n')[1]);
    }
    expect(() => publicKeyDer('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toThrow(
      expect.objectContaining({ code: 'KEY_IMPORT_FAILED' }),
    );
    expect(() => publicKeyDer('not a key')).toThrow(expect.objectContaining({ code: 'KEY_IMPORT_FAILED' }));
  });
});

describe('privateKeyDer', () => {
  it('returns PKCS#8 DER for PKCS#8 PEM and wraps PKCS#1 PEM into an importable PKCS#8', () => {
    expect(
      Buffer.from(privateKeyDer(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())),
    ).toEqual(pkcs8);
    const wrapped = Buffer.from(
      privateKeyDer(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    );
    const imported = createPrivateKey({ key: wrapped, format: 'der', type: 'pkcs8' });
    expect(createPublicKey(imported).export({ type: 'spki', format: 'der' })).toEqual(spki);
  });
});
