/**
 * Stable, machine-readable reasons a webhook delivery was refused, or (for `createWebhookHandler`) why
 * it was not processed.
 *
 * Codes never change between releases, so merchants can switch on them (for example to answer a
 * duplicate delivery with 200 instead of 400).
 */
export type WebhookVerificationErrorCode =
  /** A required header (signature, timestamp or id) is absent or empty. */
  | 'MISSING_HEADER'
  /** A header that must appear once was sent several times. */
  | 'DUPLICATE_HEADER'
  /** The signature header does not follow the scheme's format (bad hex/base64, spaces, duplicate keys). */
  | 'MALFORMED_SIGNATURE'
  /** No signature in the header matches the payload under any configured key or secret. */
  | 'SIGNATURE_MISMATCH'
  /** The signed timestamp is not a decimal integer (for example `123abc`). */
  | 'TIMESTAMP_INVALID'
  /** The signed timestamp has a fractional part; the schemes use whole seconds. */
  | 'TIMESTAMP_NOT_INTEGER'
  /** The signed timestamp looks like milliseconds; the schemes use seconds. */
  | 'TIMESTAMP_IN_MILLISECONDS'
  /** The signed timestamp is older than the past tolerance allows. */
  | 'TIMESTAMP_TOO_OLD'
  /** The signed timestamp is further in the future than the future tolerance allows. */
  | 'TIMESTAMP_IN_FUTURE'
  /** The payload was already parsed into an object, so its exact bytes are lost. */
  | 'PAYLOAD_PARSED'
  /** The payload is not a string, Uint8Array, ArrayBuffer or Buffer. */
  | 'INVALID_PAYLOAD'
  /** The signature is genuine but the body is not JSON. */
  | 'INVALID_JSON'
  /** Neither a public key nor a secret was supplied for the scheme. */
  | 'MISSING_KEY'
  /** The public key or secret could not be imported (bad PEM, JWK or `whsec_` value). */
  | 'KEY_IMPORT_FAILED'
  /** The `scheme` option names no known scheme. */
  | 'UNKNOWN_SCHEME'
  /** The delivery was already accepted once (replay guard). */
  | 'DUPLICATE_DELIVERY'
  /** An option has a value the verifier does not support (for example an unknown algorithm). */
  | 'INVALID_OPTIONS'
  /** The runtime offers neither WebCrypto nor node:crypto. */
  | 'CRYPTO_UNAVAILABLE'
  /** Handler: another instance holds the event's lease; answered 409 with `Retry-After`. */
  | 'DELIVERY_IN_PROGRESS'
  /** Handler: `handle` threw (the error is the `cause`); the lease was released and 500 answered. */
  | 'HANDLER_FAILED'
  /** Handler: `handle` ran past `leaseSeconds`; its `signal` was aborted and 503 answered. */
  | 'LEASE_EXPIRED'
  /** Handler: `handle` finished after another instance took the event over, so it was not marked done. */
  | 'LEASE_LOST'
  /** Handler: the event store failed (the error is the `cause`); 503 answered when nothing ran yet. */
  | 'STORE_UNAVAILABLE';

/**
 * The one error type the verifier throws. Messages describe the problem without echoing keys,
 * secrets or signatures.
 *
 * @example
 * ```ts
 * try {
 *   await verifyWebhook({ payload, headers, publicKey });
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError && err.code === 'DUPLICATE_DELIVERY') return ok();
 *   throw err;
 * }
 * ```
 */
export class WebhookVerificationError extends Error {
  /** Stable reason code. */
  readonly code: WebhookVerificationErrorCode;

  /**
   * @param code - stable reason code
   * @param message - human-readable explanation (never contains secret material)
   * @param options - standard `cause`
   */
  constructor(code: WebhookVerificationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

/** Shorthand used across the verifier: build the error in one expression. */
export function fail(code: WebhookVerificationErrorCode, message: string, cause?: unknown): never {
  throw new WebhookVerificationError(code, message, cause === undefined ? undefined : { cause });
}
