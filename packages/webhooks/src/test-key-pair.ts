import { derToPem } from './internal/pem.js';

/** A fresh RSA key pair as PEM, for merchants' tests of the `ummah` scheme. */
export interface TestKeyPair {
  /** SPKI PEM, what the gateway publishes. */
  publicKey: string;
  /** PKCS#8 PEM, to pass to `signWebhook`. */
  privateKey: string;
}

/**
 * Generate an RSA-2048 key pair for tests.
 *
 * @example
 * ```ts
 * const { publicKey, privateKey } = await generateTestKeyPair();
 * const { body, headers } = await signWebhook({ payload: { event_type: 'purchase.paid', id: 'p1' }, privateKey });
 * await verifyWebhook({ payload: body, headers, publicKey });
 * ```
 */
export async function generateTestKeyPair(): Promise<TestKeyPair> {
  const { subtle } = globalThis.crypto;
  const pair = await subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  return {
    publicKey: derToPem(new Uint8Array(await subtle.exportKey('spki', pair.publicKey)), 'PUBLIC KEY'),
    privateKey: derToPem(new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)), 'PRIVATE KEY'),
  };
}
