import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type { BillingTemplateClient, BillingTemplateSubscriberUpdateParams } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * The clients enrolled on a billing template (the gateway's route name is `clients`).
 * Reached as `ummah.billingTemplates.subscribers`.
 *
 * @category Billing templates
 */
export class BillingTemplateSubscribersResource extends APIResource {
  /**
   * Lists the subscribers of a billing template; iterate to walk every page.
   * `GET /billing_templates/{id}/clients/`
   *
   * @example
   * for await (const subscriber of ummah.billingTemplates.subscribers.list(templateId)) {
   *   console.log(subscriber.status, subscriber.next_billing_on);
   * }
   */
  list(templateId: string, options?: RequestOptions): PagePromise<BillingTemplateClient> {
    return this._callPage('billingTemplates.subscribers.list', { pathParams: { id: templateId } }, options);
  }

  /**
   * Retrieves one subscriber of a billing template.
   * `GET /billing_templates/{id}/clients/{client_id}/`
   */
  retrieve(
    templateId: string,
    clientId: string,
    options?: RequestOptions,
  ): APIPromise<BillingTemplateClient> {
    return this._call(
      'billingTemplates.subscribers.retrieve',
      { pathParams: { id: templateId, client_id: clientId } },
      options,
    );
  }

  /**
   * Updates a subscriber, e.g. pauses or resumes billing (PATCH: only the fields given change).
   * `PATCH /billing_templates/{id}/clients/{client_id}/`
   *
   * @example
   * await ummah.billingTemplates.subscribers.update(templateId, clientId, { status: 'subscription_paused' });
   */
  update(
    templateId: string,
    clientId: string,
    params: BillingTemplateSubscriberUpdateParams,
    options?: RequestOptions,
  ): APIPromise<BillingTemplateClient> {
    return this._call(
      'billingTemplates.subscribers.update',
      { pathParams: { id: templateId, client_id: clientId }, body: params },
      options,
    );
  }
}
