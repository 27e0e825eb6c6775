import { fail } from '../errors.js';
import { BoundedCache } from './bounded-cache.js';
import { fromBase64, isBase64 } from './encoding.js';

// Base64 secrets (Standard Webhooks' `whsec_…`) are decoded once each, not on every delivery.
const decodedSecrets = new BoundedCache<string, Uint8Array>();

/** The key bytes of a base64 secret, with or without its `whsec_` prefix; bytes are used as they are. */
export function base64SecretBytes(secret: string | Uint8Array): Uint8Array {
  if (typeof secret !== 'string') return secret;
  const hit = decodedSecrets.get(secret);
  if (hit) return hit;
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  if (!isBase64(encoded)) fail('KEY_IMPORT_FAILED', 'Secret is not base64.');
  return decodedSecrets.put(secret, fromBase64(encoded));
}
