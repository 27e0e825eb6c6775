import { type APIPromise, type RequestOptions, UmmahError } from '@ummah/core';
import { APIResource } from './api-resource.js';

/**
 * The platform answers a JSON string holding the PEM; the documentation shows
 * `{ "public_key": "<PEM>" }`. Both are accepted; anything else is a broken response.
 */
function pemOf(data: unknown): string {
  if (typeof data === 'string') return data;
  if (typeof data === 'object' && data !== null) {
    const wrapped = (data as { public_key?: unknown }).public_key;
    if (typeof wrapped === 'string') return wrapped;
  }
  throw new UmmahError('The public key response holds no PEM text.', { code: 'invalid_response' });
}

/**
 * The company callback public key, which verifies `success_callback` deliveries.
 *
 * @category Public key
 */
export class PublicKeyResource extends APIResource {
  /**
   * Retrieves the company callback public key as PEM text, ready for `@ummah/webhooks`.
   * Webhook endpoint deliveries are verified with `Webhook.public_key` instead.
   * `GET /public_key/`
   *
   * @example
   * const publicKey = await ummah.publicKey.retrieve();
   * const event = await verifyWebhook({ payload: rawBody, headers: req.headers, publicKey });
   */
  retrieve(options?: RequestOptions): APIPromise<string> {
    return this._call('publicKey.retrieve', {}, options).mapData(pemOf);
  }
}
