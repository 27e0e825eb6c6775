/**
 * Why a public key could not be had: the fetch failed (network, HTTP status, a `fetchKey` that threw),
 * or what came back is not an RSA public key.
 */
export type PublicKeyFetchErrorCode = 'KEY_FETCH_FAILED' | 'KEY_INVALID';

/**
 * Thrown (and rejected) by a public key cache when it has no usable key. It is an outage, not a forged
 * delivery: `safeVerifyWebhook` rethrows it rather than reporting `{ ok: false }`, so the request fails
 * with a 5xx and the gateway retries the delivery later. Messages never contain the API key.
 *
 * @example
 * ```ts
 * try {
 *   await verifyWebhook({ payload, headers, publicKey: cache });
 * } catch (err) {
 *   if (err instanceof PublicKeyFetchError) return new Response(null, { status: 503 });
 *   throw err;
 * }
 * ```
 */
export class PublicKeyFetchError extends Error {
  /** Stable reason code. */
  readonly code: PublicKeyFetchErrorCode;
  /** The HTTP status of the gateway's answer, when it answered with one that is not 2xx. */
  readonly status: number | undefined;

  /**
   * @param code - stable reason code
   * @param message - what failed (never secret material)
   * @param options - the underlying error as `cause`, and the HTTP `status` when there was one
   */
  constructor(
    code: PublicKeyFetchErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PublicKeyFetchError';
    this.code = code;
    this.status = options?.status;
  }
}
