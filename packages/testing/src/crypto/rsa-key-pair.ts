import type { WebCryptoKey } from '@ummah/webhooks';
import { bytesToBase64 } from './base64';

/**
 * An RSA key pair as the gateway uses it for callbacks: the public half is published as SPKI PEM
 * (`Webhook.public_key`, `GET /public_key/`), the private half signs deliveries.
 */
export interface RsaKeyPair {
  /** SPKI public key in PEM form, exactly what the gateway returns to merchants. */
  readonly publicKeyPem: string;
  /** Non-extractable WebCrypto private key (RSASSA-PKCS1-v1_5, SHA-256). */
  readonly privateKey: WebCryptoKey;
}

const ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

/** Wraps DER bytes in PEM armour with the conventional 64-character lines. */
export function derToPem(der: ArrayBuffer, label: string): string {
  const base64 = bytesToBase64(new Uint8Array(der));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

/**
 * Generates a 2048-bit RSA key pair with WebCrypto, so it works on Node, Deno, Bun and workers alike.
 *
 * @example
 * const keys = await generateRsaKeyPair();
 * keys.publicKeyPem.startsWith('-----BEGIN PUBLIC KEY-----'); // true
 */
export async function generateRsaKeyPair(): Promise<RsaKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  return { publicKeyPem: derToPem(spki, 'PUBLIC KEY'), privateKey: pair.privateKey };
}
