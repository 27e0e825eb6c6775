import { defineErrorKind } from './brand.js';
import { UmmahError } from './ummah-error.js';

/**
 * The response body was larger than `maxResponseBytes` (counted after decompression), so it was
 * discarded instead of read into memory. Never retried: the same request would get the same answer.
 *
 * The HTTP status arrived before the body, so for a 2xx POST the gateway has acted: look the object
 * up, or retry later with the same `idempotencyKey` to get the original result.
 *
 * @example
 * try { await client.request(spec) } catch (err) {
 *   if (err instanceof ResponseTooLargeError) console.warn(`answer over ${err.limit} bytes`, err.status);
 * }
 */
export class ResponseTooLargeError extends UmmahError {
  /** The limit that was exceeded, in bytes. */
  readonly limit: number;
  /** The HTTP status of the oversized response. */
  readonly status: number;

  constructor(limit: number, status: number, options: { idempotencyKey?: string | undefined } = {}) {
    super(
      `The response body (HTTP ${status}) is larger than maxResponseBytes (${limit} bytes) and was discarded.` +
        (status >= 200 && status < 300 && options.idempotencyKey !== undefined
          ? ' The request succeeded: retry with the same idempotencyKey to get its result.'
          : ''),
      { ...options, code: 'response_too_large' },
    );
    this.limit = limit;
    this.status = status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit, status: this.status };
  }
}
defineErrorKind(ResponseTooLargeError, 'ResponseTooLargeError');
