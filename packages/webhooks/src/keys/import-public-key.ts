import { importJWK, importSPKI } from 'jose';
import { isCryptoKey } from '../internal/backend.js';
import { derToPem, publicKeyDer } from '../internal/pem.js';
import type { HashName, JsonWebKeyInput, WebCryptoKey } from '../types/keys.js';
import { PublicKeyFetchError } from './public-key-fetch-error.js';

/**
 * What a `fetchKey` may resolve: the PEM text (SPKI or PKCS#1, as `GET /public_key/` or
 * `Webhook.public_key` give it, JSON quotes and `\n` escapes tolerated), the gateway's documented
 * `{ "public_key": "<PEM>" }` object, a JWK, or a ready `CryptoKey`.
 */
export type FetchedPublicKey = string | { public_key: string } | JsonWebKeyInput | WebCryptoKey;

// Extractable: a public key is no secret, and the node:crypto build converts the CryptoKey to a KeyObject,
// which Node (and Bun) deprecate for non-extractable keys (DEP0204).
const EXTRACTABLE = { extractable: true };

/**
 * The fetched key as a WebCrypto key bound to RSASSA-PKCS1-v1_5 with `hash`, so each
 * verification uses it without importing it again, on every runtime. {@link createPublicKeyCache} calls
 * it on every fetch; call it yourself to import a key once at start-up.
 *
 * @example
 * ```ts
 * const publicKey = await importPublicKey(await ummah.publicKey.retrieve(), 'SHA-256');
 * const event = await verifyWebhook({ payload, headers, publicKey });
 * ```
 * @throws PublicKeyFetchError `KEY_INVALID` when the value is not an RSA public key
 */
export async function importPublicKey(fetched: FetchedPublicKey, hash: HashName): Promise<WebCryptoKey> {
  const alg = hash === 'SHA-512' ? 'RS512' : 'RS256';
  let value: unknown = fetched;
  const wrapped = (value as { public_key?: unknown } | null)?.public_key;
  if (typeof wrapped === 'string') value = wrapped;
  try {
    if (isCryptoKey(value)) return value;
    if (typeof value === 'string') {
      // jose reads SPKI PEM only: the shared PEM reader first undoes quoting and escapes and wraps
      // PKCS#1 (`BEGIN RSA PUBLIC KEY`) into SPKI, exactly as the verifier does with a PEM string.
      return await importSPKI(derToPem(publicKeyDer(value), 'PUBLIC KEY'), alg, EXTRACTABLE);
    }
    const jwk = value as JsonWebKeyInput | null;
    if (jwk?.kty === 'RSA') {
      // Only the public members: a JWK that also holds `d` would otherwise import as a private key.
      return (await importJWK({ kty: 'RSA', n: jwk.n, e: jwk.e }, alg, EXTRACTABLE)) as WebCryptoKey;
    }
  } catch (cause) {
    throw new PublicKeyFetchError('KEY_INVALID', 'The fetched public key is not an RSA public key.', {
      cause,
    });
  }
  throw new PublicKeyFetchError('KEY_INVALID', 'The fetched value holds no public key.');
}
