import type { APIPromise, PagePromise, RequestOptions } from '@ummah/core';
import type {
  BillingTemplate,
  BillingTemplateClient,
  BillingTemplateCreateParams,
  SubscribeResult,
} from '@ummah/schema/ummah/types';
import { RequestValidationError } from '../errors.js';
import { requireSubscriptionPeriod } from '../internal/subscription-period.js';
import { APIResource } from './api-resource.js';

/**
 * A subscription plan as `createPlan` takes it: a billing template with `is_subscription` set for
 * you, and the billing period the reference requires of subscriptions.
 */
export type SubscriptionPlanParams = Omit<
  BillingTemplateCreateParams,
  'is_subscription' | 'subscription_period' | 'subscription_period_units'
> &
  Required<Pick<BillingTemplateCreateParams, 'subscription_period' | 'subscription_period_units'>>;

/** Options of `subscriptions.subscribe`. */
export interface SubscribeParams {
  /** ID of an existing client (`ummah.clients.create`). */
  client_id: string;
  /**
   * `'subscription_paused'` starts a free trial: nothing is charged until `resume`.
   * @default 'active' (the gateway's default)
   */
  status?: 'active' | 'subscription_paused';
}

/**
 * Subscriptions, in a merchant's words, over the gateway's billing-template routes (the same
 * operations as `ummah.billingTemplates`, nothing else): a plan is a billing template with
 * `is_subscription: true`, a subscriber is a client enrolled on it.
 *
 * @example
 * const plan = await ummah.subscriptions.createPlan({
 *   brand_id, title: 'Pro monthly',
 *   purchase: { currency: 'USD', products: [{ name: 'Pro', price: 1900 }] },
 *   subscription_period: 1, subscription_period_units: 'months',
 * });
 * const trial = await ummah.subscriptions.subscribe(plan.id, { client_id, status: 'subscription_paused' });
 * console.log(trial.billing_template_client?.status); // 'subscription_paused' (not `trial.status`)
 * await ummah.subscriptions.resume(plan.id, client_id); // the trial is over: start billing
 *
 * @category Subscriptions
 */
export class SubscriptionsResource extends APIResource {
  /**
   * Creates a subscription plan. `subscription_period` and `subscription_period_units` are required
   * (refused before sending when missing); `is_subscription: true` is set for you.
   * `POST /billing_templates/`
   *
   * @example
   * const plan = await ummah.subscriptions.createPlan({
   *   brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
   *   purchase: { currency: 'USD', products: [{ name: 'Monthly Plan', price: 999 }] },
   *   subscription_period: 1,
   *   subscription_period_units: 'months',
   * });
   */
  createPlan(params: SubscriptionPlanParams, options?: RequestOptions): APIPromise<BillingTemplate> {
    const given = (params ?? {}) as Partial<BillingTemplateCreateParams>;
    const body = { ...given, is_subscription: true } as BillingTemplateCreateParams;
    return this._call('billingTemplates.create', { body }, options, () => {
      if (given.is_subscription === false) {
        throw new RequestValidationError('subscriptions.createPlan', [
          {
            path: 'is_subscription',
            message:
              'A plan is always a subscription; use ummah.billingTemplates.create for one-time invoicing',
          },
        ]);
      }
      requireSubscriptionPeriod('subscriptions.createPlan', body);
    });
  }

  /**
   * Enrols a client on a plan. With `status: 'subscription_paused'` a free trial starts: nothing is
   * charged until {@link resume}. The subscriber's status is at
   * `result.billing_template_client.status`; `result.purchase` is the checkout to send the customer
   * to when billing starts now, and `null` when it starts later.
   * `POST /billing_templates/{id}/add_subscriber/`
   *
   * @example
   * const result = await ummah.subscriptions.subscribe(planId, { client_id: clientId });
   * console.log(result.billing_template_client?.status);
   * if (result.purchase) redirect(result.purchase.checkout_url);
   */
  subscribe(planId: string, params: SubscribeParams, options?: RequestOptions): APIPromise<SubscribeResult> {
    return this._call('billingTemplates.subscribe', { pathParams: { id: planId }, body: params }, options);
  }

  /**
   * Pauses a subscriber's billing (`status: 'subscription_paused'`).
   * `PATCH /billing_templates/{id}/clients/{client_id}/`
   */
  pause(planId: string, clientId: string, options?: RequestOptions): APIPromise<BillingTemplateClient> {
    return this.#setStatus(planId, clientId, 'subscription_paused', options);
  }

  /**
   * Resumes (or, after a trial, starts) a subscriber's billing (`status: 'active'`).
   * `PATCH /billing_templates/{id}/clients/{client_id}/`
   */
  resume(planId: string, clientId: string, options?: RequestOptions): APIPromise<BillingTemplateClient> {
    return this.#setStatus(planId, clientId, 'active', options);
  }

  /**
   * Lists a plan's subscribers; await it for one page, or iterate it for every subscriber.
   * `GET /billing_templates/{id}/clients/`
   *
   * @example
   * for await (const subscriber of ummah.subscriptions.list(planId)) console.log(subscriber.status);
   */
  list(planId: string, options?: RequestOptions): PagePromise<BillingTemplateClient> {
    return this._callPage('billingTemplates.subscribers.list', { pathParams: { id: planId } }, options);
  }

  /**
   * Retrieves one subscriber of a plan: its status and next billing date.
   * `GET /billing_templates/{id}/clients/{client_id}/`
   */
  retrieve(planId: string, clientId: string, options?: RequestOptions): APIPromise<BillingTemplateClient> {
    return this._call(
      'billingTemplates.subscribers.retrieve',
      { pathParams: { id: planId, client_id: clientId } },
      options,
    );
  }

  #setStatus(
    planId: string,
    clientId: string,
    status: 'active' | 'subscription_paused',
    options: RequestOptions | undefined,
  ): APIPromise<BillingTemplateClient> {
    return this._call(
      'billingTemplates.subscribers.update',
      { pathParams: { id: planId, client_id: clientId }, body: { status } },
      options,
    );
  }
}
