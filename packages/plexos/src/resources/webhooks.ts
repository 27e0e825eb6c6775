import type { APIPromise, OperationCaller, RequestOptions } from '@ummah/core';
import { type SchemeVerifyOptions, SchemeWebhooks, verifyWebhook } from '@ummah/webhooks';
import type { Body, Response } from '../operation-types.js';

/** What `webhooks.verify` needs: the raw body, its headers and the endpoint's `whsec_` secret. */
export type PlexosVerifyOptions = SchemeVerifyOptions;

/**
 * Webhook endpoints (the API resource) and the verification of their deliveries (`X-Plexos-Signature`),
 * on one object: `plexos.webhooks.create(...)` and `plexos.webhooks.verify(...)`.
 */
export class WebhooksResource extends SchemeWebhooks<'plexos'> {
  readonly #caller: OperationCaller;

  constructor(caller: OperationCaller) {
    super('plexos', verifyWebhook);
    this.#caller = caller;
  }

  /**
   * `POST /webhooks`: registers an endpoint. The answer holds the signing `secret`, shown only
   * once: store it (it is redacted from the SDK's logs).
   */
  create(params: Body<'webhooks.create'>, options?: RequestOptions): APIPromise<Response<'webhooks.create'>> {
    return this.#caller.call('webhooks.create', { body: params }, options);
  }
}
