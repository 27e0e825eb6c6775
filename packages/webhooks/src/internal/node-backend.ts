import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  KeyObject,
  type JsonWebKey as NodeJsonWebKey,
  sign as nodeSign,
  verify as nodeVerify,
} from 'node:crypto';
import { fail } from '../errors.js';
import type { HashName, PrivateKeyInput, PublicKeyInput, SecretInput } from '../types/keys.js';
import type { Body, SignBackend, VerifyBackend } from './backend.js';
import { isCryptoKey } from './backend.js';
import { BoundedCache } from './bounded-cache.js';
import { privateKeyDer, publicKeyDer } from './pem.js';

// Synchronous node:crypto path. Keys become KeyObjects once and are reused; nothing here awaits.

// One cache per key kind, keyed by the PEM string itself: V8 caches a string's hash on the string, so
// the lookup is cheap, where a concatenated key would be rebuilt and rehashed on every delivery.
const byText = {
  public: new BoundedCache<string, KeyObject>(),
  private: new BoundedCache<string, KeyObject>(),
};
// CryptoKeys are immutable, so their conversion is cached by identity; a JWK object could be edited in
// place and is converted on every call.
const byCryptoKey = new WeakMap<object, KeyObject>();

/** An RSA key as a KeyObject: imported once per PEM or CryptoKey, refused when it is another type. */
function keyObject(key: PublicKeyInput | PrivateKeyInput | KeyObject, kind: 'public' | 'private'): KeyObject {
  if (key instanceof KeyObject) return rsa(key);
  const hit = typeof key === 'string' ? byText[kind].get(key) : byCryptoKey.get(key);
  if (hit) return hit;
  let imported: KeyObject;
  try {
    if (isCryptoKey(key)) {
      // WebCrypto refuses to verify RSASSA-PKCS1-v1_5 with a key made for another algorithm (RSA-PSS,
      // RSA-OAEP, ECDSA); KeyObject.from would forget what the key was made for.
      if (key.algorithm.name !== 'RSASSA-PKCS1-v1_5') throw new TypeError('Not an RSASSA-PKCS1-v1_5 key.');
      imported = KeyObject.from(key);
    } else if (typeof key === 'string') {
      imported =
        kind === 'public'
          ? createPublicKey({ key: Buffer.from(publicKeyDer(key)), format: 'der', type: 'spki' })
          : createPrivateKey({ key: Buffer.from(privateKeyDer(key)), format: 'der', type: 'pkcs8' });
    } else {
      const jwk = key as NodeJsonWebKey;
      imported =
        kind === 'public'
          ? createPublicKey({ key: jwk, format: 'jwk' })
          : createPrivateKey({ key: jwk, format: 'jwk' });
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'WebhookVerificationError') throw error;
    return fail('KEY_IMPORT_FAILED', `The ${kind} key could not be imported.`, error);
  }
  rsa(imported);
  if (typeof key === 'string') byText[kind].put(key, imported);
  else if (isCryptoKey(key)) byCryptoKey.set(key, imported);
  return imported;
}

/**
 * The key itself when it is RSA. node:crypto would take an EC key as an ECDSA key where WebCrypto
 * refuses to import it for RSASSA-PKCS1-v1_5: both builds refuse it here, before any signature.
 */
function rsa(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') fail('KEY_IMPORT_FAILED', 'Not an RSA key.');
  return key;
}

function hmac(
  secret: SecretInput,
  before: string,
  body: Body,
  after: string,
  encoding: 'hex' | 'base64',
): string {
  const mac = createHmac('sha256', secret);
  if (before !== '') mac.update(before);
  mac.update(body);
  if (after !== '') mac.update(after);
  return mac.digest(encoding);
}

/** The digest to use: a CryptoKey's own, as WebCrypto uses it, else the requested one. */
function algorithm(hash: HashName, key: unknown): string {
  const own = isCryptoKey(key) && (key.algorithm as RsaHashedKeyAlgorithm).hash?.name;
  return (own || hash).replace('SHA-', 'sha');
}

function data(body: Body): Uint8Array {
  return typeof body === 'string' ? Buffer.from(body) : body;
}

function rsaVerify(key: PublicKeyInput, hash: HashName, signature: string, body: Body): boolean {
  const publicKey = keyObject(key, 'public');
  try {
    return nodeVerify(algorithm(hash, key), data(body), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    // A signature node:crypto cannot even check (its key is RSA, see keyObject) is not this key's.
    return false;
  }
}

function text(body: Uint8Array): string {
  return (
    Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  ).toString();
}

/** node:crypto verification backend. */
export const verifyBackend: VerifyBackend = { hmac, rsaVerify, text };

/** node:crypto signing backend for the test signers. */
export const signBackend: SignBackend = {
  hmac,
  async rsaSign(key: PrivateKeyInput, hash: HashName, body: Body) {
    return nodeSign(algorithm(hash, key), data(body), keyObject(key, 'private')).toString('base64');
  },
};
