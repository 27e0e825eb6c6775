// Keys and secrets as merchants pass them to the verifier and the test signer.

/** Digest used by RSA signatures. */
export type HashName = 'SHA-256' | 'SHA-512';

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

/**
 * Where the verifier gets the gateway's public key when it can change: `createPublicKeyCache` from
 * `@ummah/webhooks/keys` makes one. Pass it as `publicKey` and the verifier hands it each verification,
 * so the source can retry with a fresh key when the cached one no longer matches (rotation).
 */
export interface PublicKeySource {
  /**
   * Run `verify` with the current key and resolve what it resolves; a source that rotates may run it
   * once more with a newly fetched key when the first attempt fails with `SIGNATURE_MISMATCH`.
   */
  useKey<T>(verify: (key: PublicKeyInput) => T | Promise<T>): Promise<T>;
}
