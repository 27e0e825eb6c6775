import { fail } from '../errors.js';
import type { HashName, PrivateKeyInput, PublicKeyInput, SecretInput } from '../types/keys.js';
import type { Body, SignBackend, VerifyBackend } from './backend.js';
import { isCryptoKey } from './backend.js';
import { BoundedCache } from './bounded-cache.js';
import { concat, fromBase64, text, toBase64, toHex, utf8 } from './encoding.js';
import { privateKeyDer, publicKeyDer } from './pem.js';

/** WebCrypto, or a clear error on runtimes without it. */
function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) fail('CRYPTO_UNAVAILABLE', 'No crypto.subtle.');
  return value;
}

// Imported keys are cached per variant (hash and usage) by their text (PEM, secret: the string's own
// cached hash makes the lookup cheap), so each is imported once per process; promises are cached so
// concurrent first requests share one import. Objects (secret bytes, JWKs) are imported every time: a
// cache keyed by identity would keep verifying with the old secret after a buffer is refilled in place.
const caches = /* @__PURE__ */ new Map<string, BoundedCache<string, Promise<CryptoKey>>>();

/** Import a key, once per variant for text keys. */
function cachedKey(
  source: string | object,
  variant: string,
  load: () => Promise<CryptoKey>,
): Promise<CryptoKey> {
  if (isCryptoKey(source)) return Promise.resolve(source);
  let cache = caches.get(variant);
  if (!cache) {
    cache = new BoundedCache();
    caches.set(variant, cache);
  }
  const text = typeof source === 'string' ? source : undefined;
  const hit = text === undefined ? undefined : cache.get(text);
  if (hit) return hit;
  const promise = load().catch((error: unknown) => {
    if (text !== undefined) cache.delete(text);
    if (error instanceof Error && error.name === 'WebhookVerificationError') throw error;
    return fail('KEY_IMPORT_FAILED', 'Key import failed.', error);
  });
  if (text !== undefined) cache.put(text, promise);
  return promise;
}

/** UTF-8 bytes of text bodies; received bytes are passed as they are. */
function bytes(body: Body): BufferSource {
  // Received bodies are never SharedArrayBuffer-backed; the cast only narrows the TS 5.9 generic.
  return typeof body === 'string' ? utf8(body) : (body as Uint8Array<ArrayBuffer>);
}

/** HMAC-SHA256 of `before + body + after`, hex or base64. */
async function hmac(
  secret: SecretInput,
  before: string,
  body: Body,
  after: string,
  encoding: 'hex' | 'base64',
) {
  const key = await cachedKey(secret, 'hmac', () =>
    subtle().importKey('raw', bytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  );
  const data =
    before === '' && after === ''
      ? bytes(body)
      : concat([utf8(before), bytes(body) as Uint8Array, utf8(after)]);
  const mac = new Uint8Array(await subtle().sign('HMAC', key, data));
  return encoding === 'hex' ? toHex(mac) : toBase64(mac);
}

async function rsaVerify(key: PublicKeyInput, hash: HashName, signature: string, body: Body) {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash };
  const cryptoKey = await cachedKey(key, hash, () =>
    typeof key === 'string'
      ? subtle().importKey('spki', publicKeyDer(key), algorithm, false, ['verify'])
      : subtle().importKey('jwk', key as JsonWebKey, algorithm, false, ['verify']),
  );
  try {
    return await subtle().verify('RSASSA-PKCS1-v1_5', cryptoKey, fromBase64(signature), bytes(body));
  } catch (error) {
    // WebCrypto answers false for any wrong signature and throws only for a key that cannot verify
    // RSASSA-PKCS1-v1_5 at all: a CryptoKey made for another algorithm (the node build says the same).
    return fail('KEY_IMPORT_FAILED', 'Key import failed.', error);
  }
}

async function rsaSign(key: PrivateKeyInput, hash: HashName, body: Body) {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash };
  const cryptoKey = await cachedKey(key, `sign${hash}`, () =>
    typeof key === 'string'
      ? subtle().importKey('pkcs8', privateKeyDer(key), algorithm, false, ['sign'])
      : subtle().importKey('jwk', key as JsonWebKey, algorithm, false, ['sign']),
  );
  return toBase64(new Uint8Array(await subtle().sign('RSASSA-PKCS1-v1_5', cryptoKey, bytes(body))));
}

// Two objects, not one: an app that only verifies leaves `signBackend`, and with it the private-key
// import, out of its bundle.

/** WebCrypto verification backend: runs on Node, Deno, Bun, Workers and browsers. */
export const verifyBackend: VerifyBackend = { hmac, rsaVerify, text };

/** WebCrypto signing backend for the test signers. */
export const signBackend: SignBackend = { hmac, rsaSign };
