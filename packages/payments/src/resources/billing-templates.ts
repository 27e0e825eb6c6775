import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type {
  BillingTemplate,
  BillingTemplateCreateParams,
  BillingTemplateReplaceParams,
  BillingTemplateSendInvoiceParams,
  BillingTemplateSubscribeParams,
  Purchase,
  SubscribeResult,
} from '@ummah/schema/ummah/types';
import type { OperationCaller } from '../internal/operation-caller.js';
import { requireSubscriptionPeriod } from '../internal/subscription-period.js';
import { APIResource } from './api-resource.js';
import { BillingTemplateSubscribersResource } from './billing-template-subscribers.js';

/**
 * Billing templates: reusable plans for one-time invoices and recurring subscriptions.
 *
 * @category Billing templates
 */
export class BillingTemplatesResource extends APIResource {
  /** The clients enrolled on a template (pause, resume, inspect). */
  readonly subscribers: BillingTemplateSubscribersResource;

  /** @internal */
  constructor(caller: OperationCaller) {
    super(caller);
    this.subscribers = new BillingTemplateSubscribersResource(caller);
  }

  /**
   * Creates a billing template. For a subscription set `is_subscription: true` with
   * `subscription_period` and `subscription_period_units` (refused before sending without them), or
   * use `ummah.subscriptions.createPlan`, which sets `is_subscription` for you.
   * `POST /billing_templates/`
   *
   * @example
   * const template = await ummah.billingTemplates.create({
   *   brand_id: '409eb80e-...',
   *   is_subscription: true,
   *   purchase: { products: [{ name: 'Monthly Plan', price: 999 }], currency: 'USD' },
   *   subscription_period: 1,
   *   subscription_period_units: 'months',
   * });
   */
  create(params: BillingTemplateCreateParams, options?: RequestOptions): APIPromise<BillingTemplate> {
    return this._call('billingTemplates.create', { body: params }, options, (body) =>
      requireSubscriptionPeriod('billingTemplates.create', body),
    );
  }

  /**
   * Lists billing templates; iterate to walk every page.
   * `GET /billing_templates/`
   *
   * @example
   * for await (const template of ummah.billingTemplates.list()) console.log(template.id);
   */
  list(options?: RequestOptions): PagePromise<BillingTemplate> {
    return this._callPage('billingTemplates.list', {}, options);
  }

  /**
   * Retrieves a billing template.
   * `GET /billing_templates/{id}/`
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<BillingTemplate> {
    return this._call('billingTemplates.retrieve', { pathParams: { id } }, options);
  }

  /**
   * Replaces every field of a billing template (PUT: omitted fields are reset).
   * `PUT /billing_templates/{id}/`
   */
  replace(
    id: string,
    params: BillingTemplateReplaceParams,
    options?: RequestOptions,
  ): APIPromise<BillingTemplate> {
    return this._call('billingTemplates.replace', { pathParams: { id }, body: params }, options);
  }

  /**
   * Deletes a billing template. Active subscriptions are not cancelled.
   * `DELETE /billing_templates/{id}/` (204, resolves with `undefined`)
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._call('billingTemplates.delete', { pathParams: { id } }, options);
  }

  /**
   * Subscribes an existing client to a template (route `add_subscriber`). The result holds the
   * subscriber and, when billing starts now, the purchase to redirect the customer to.
   * `POST /billing_templates/{id}/add_subscriber/`
   *
   * @example
   * const subscription = await ummah.billingTemplates.subscribe(templateId, {
   *   client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18',
   * });
   * console.log(subscription.billing_template_client?.status); // 'pending'
   * if (subscription.purchase) redirect(subscription.purchase.checkout_url);
   */
  subscribe(
    id: string,
    params: BillingTemplateSubscribeParams,
    options?: RequestOptions,
  ): APIPromise<SubscribeResult> {
    return this._call('billingTemplates.subscribe', { pathParams: { id }, body: params }, options);
  }

  /**
   * Sends an invoice generated from the template to an existing client; resolves with the purchase.
   * `POST /billing_templates/{id}/send_invoice/`
   */
  sendInvoice(
    id: string,
    params: BillingTemplateSendInvoiceParams,
    options?: RequestOptions,
  ): APIPromise<Purchase> {
    return this._call('billingTemplates.sendInvoice', { pathParams: { id }, body: params }, options);
  }
}
