/**
 * The few cryptographic operations the verifier needs. Two implementations exist: WebCrypto (every
 * runtime, the default build) and node:crypto (synchronous, selected by the `node` export condition).
 * Results may be synchronous so the Node path pays no promise per operation.
 */

/** Digest used by RSA signatures. */
export type HashName = 'SHA-256' | 'SHA-512';

/** A payload as hashed: text (UTF-8) or the exact received bytes. */
export type Body = string | Uint8Array;

/**
 * An RSA public key: PEM text (SPKI `BEGIN PUBLIC KEY` or PKCS#1 `BEGIN RSA PUBLIC KEY`; `\n` escapes,
 * CRLF and surrounding quotes are tolerated), a JWK, or a WebCrypto `CryptoKey`. On Node a `KeyObject`
 * is accepted too.
 */
export type PublicKeyInput = string | JsonWebKeyInput | WebCryptoKey;

/** An RSA private key for test signing: PEM (PKCS#8 or PKCS#1), a JWK, or a `CryptoKey`. */
export type PrivateKeyInput = string | JsonWebKeyInput | WebCryptoKey;

/**
 * A WebCrypto `CryptoKey`, described by its shape: the global `CryptoKey` type exists only with the DOM
 * lib, and these declarations must compile in a Node project without it.
 */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** An RSA key as a JSON Web Key (the fields RSA uses; DOM's `JsonWebKey` fits). */
export interface JsonWebKeyInput {
  kty?: string;
  n?: string;
  e?: string;
  d?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
  alg?: string;
  use?: string;
  key_ops?: string[];
  ext?: boolean;
  kid?: string;
}

/** An HMAC secret: text (used as UTF-8, or decoded per the scheme) or raw key bytes. */
export type SecretInput = string | Uint8Array;

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
