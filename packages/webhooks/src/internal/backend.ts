import type { HashName, PrivateKeyInput, PublicKeyInput, SecretInput } from '../types/keys.js';

// The few cryptographic operations the verifier needs. Two implementations exist, each exporting a
// `verifyBackend` and a `signBackend`: web-backend.ts (WebCrypto, every runtime) and node-backend.ts
// (node:crypto, synchronous). The node build is index.ts with the first swapped for the second
// (scripts/node-build.ts). Results may be synchronous so the Node path pays no promise per operation.

/** A payload as hashed: text (UTF-8) or the exact received bytes. */
export type Body = string | Uint8Array;

/** Operations used while verifying. */
export interface VerifyBackend {
  /** HMAC-SHA256 over `before + body + after`, encoded as requested. */
  hmac(
    secret: SecretInput,
    before: string,
    body: Body,
    after: string,
    encoding: 'hex' | 'base64',
  ): string | Promise<string>;
  /** RSASSA-PKCS1-v1_5 verification of a base64 signature (already validated) over the body. */
  rsaVerify(key: PublicKeyInput, hash: HashName, signature: string, body: Body): boolean | Promise<boolean>;
  /** UTF-8 text of the body bytes (lenient: invalid sequences become U+FFFD). */
  text(body: Uint8Array): string;
}

/** Operations used only by the test signers. */
export interface SignBackend {
  hmac: VerifyBackend['hmac'];
  /** RSASSA-PKCS1-v1_5 signature, base64. */
  rsaSign(key: PrivateKeyInput, hash: HashName, body: Body): Promise<string>;
}

/** True for WebCrypto keys (checked structurally: `CryptoKey` is not a global on every runtime). */
export function isCryptoKey(key: unknown): key is CryptoKey {
  return typeof key === 'object' && key !== null && 'algorithm' in key && 'usages' in key && 'type' in key;
}
