import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type {
  Webhook,
  WebhookCreateParams,
  WebhookDelivery,
  WebhookReplaceParams,
  WebhooksDeliveriesQuery,
  WebhookUpdateParams,
} from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * Webhook endpoints. Each delivery is signed with the endpoint's own `public_key` (returned by
 * `create` and `retrieve`); verify it with `@ummah/webhooks`.
 *
 * @category Webhooks
 */
export class WebhooksResource extends APIResource {
  /**
   * Registers an endpoint. Store the returned `public_key` (PEM) to verify its deliveries.
   * `POST /webhooks/`
   *
   * @example
   * const webhook = await ummah.webhooks.create({
   *   callback: 'https://mysite.com/webhook',
   *   title: 'Order Notifications',
   *   events: ['purchase.paid', 'purchase.payment_failure'],
   * });
   * await saveSecret('UMMAH_WEBHOOK_PUBLIC_KEY', webhook.public_key);
   */
  create(params: WebhookCreateParams, options?: RequestOptions): APIPromise<Webhook> {
    return this._call('webhooks.create', { body: params }, options);
  }

  /**
   * Lists webhook endpoints; iterate to walk every page.
   * `GET /webhooks/`
   */
  list(options?: RequestOptions): PagePromise<Webhook> {
    return this._callPage('webhooks.list', {}, options);
  }

  /**
   * Retrieves a webhook endpoint.
   * `GET /webhooks/{id}/`
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Webhook> {
    return this._call('webhooks.retrieve', { pathParams: { id } }, options);
  }

  /**
   * Replaces every field of a webhook endpoint (PUT: omitted fields are reset).
   * `PUT /webhooks/{id}/`
   */
  replace(id: string, params: WebhookReplaceParams, options?: RequestOptions): APIPromise<Webhook> {
    return this._call('webhooks.replace', { pathParams: { id }, body: params }, options);
  }

  /**
   * Updates some fields of a webhook endpoint (PATCH: only the fields given change).
   * `PATCH /webhooks/{id}/`
   *
   * @example
   * await ummah.webhooks.update(id, { title: 'Renamed Webhook' });
   */
  update(id: string, params: WebhookUpdateParams, options?: RequestOptions): APIPromise<Webhook> {
    return this._call('webhooks.update', { pathParams: { id }, body: params }, options);
  }

  /**
   * Deletes a webhook endpoint; no further deliveries are sent to it.
   * `DELETE /webhooks/{id}/` (204, resolves with `undefined`)
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._call('webhooks.delete', { pathParams: { id } }, options);
  }

  /**
   * Lists recent delivery attempts for one source object; iterate to walk every page.
   * `GET /webhooks/deliveries/`
   *
   * @example
   * for await (const delivery of ummah.webhooks.deliveries({ id: purchaseId, source_type: 'purchase' })) {
   *   console.log(delivery.event, delivery.response_code);
   * }
   */
  deliveries(params: WebhooksDeliveriesQuery, options?: RequestOptions): PagePromise<WebhookDelivery> {
    return this._callPage('webhooks.deliveries', { query: params }, options);
  }
}
