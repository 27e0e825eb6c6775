import type { HashName, PrivateKeyInput } from '../types/keys.js';
import type { Body, SignBackend } from './backend.js';
import { toBase64 } from './encoding.js';
import { privateKeyDer } from './pem.js';
import { bytes, cachedKey, hmac, subtle } from './web-backend.js';

/** WebCrypto signing backend for the test signers (kept apart so verify-only bundles stay small). */
export const webSignBackend: SignBackend = {
  hmac,
  async rsaSign(key: PrivateKeyInput, hash: HashName, body: Body) {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash };
    const cryptoKey = await cachedKey(key, `sign${hash}`, () =>
      typeof key === 'string'
        ? subtle().importKey('pkcs8', privateKeyDer(key), algorithm, false, ['sign'])
        : subtle().importKey('jwk', key as JsonWebKey, algorithm, false, ['sign']),
    );
    return toBase64(new Uint8Array(await subtle().sign('RSASSA-PKCS1-v1_5', cryptoKey, bytes(body))));
  },
};
