import type {
  BillingTemplateSubscribeParams,
  BillingTemplateSubscriberUpdateParams,
} from '@ummah/schema/ummah/types';
import { clientNamedIn } from '../clients';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { invalidField, invalidState, notFound } from '../errors';
import { newId } from '../ids';
import { openPurchase } from '../purchases/purchases';
import type { PurchaseRecord, SubscriberRecord } from '../records';
import { subscriberKey } from '../state';
import { nextBillingOn } from './subscriber-activation';
import { getTemplate } from './templates';

/** What subscribing a client gives: the subscriber and the purchase to pay now, if any. */
export type Subscription = {
  billing_template_client: SubscriberRecord;
  purchase: PurchaseRecord | null;
};

/**
 * Subscribes a client to a subscription template. Without a trial or end-of-period charging the
 * first purchase opens now and paying it activates the subscriber; otherwise the first charge is
 * deferred. `subscription_paused` on subscribe is how a free trial starts (reference recipe).
 */
export function subscribe(
  context: DomainContext,
  templateId: string,
  body: BillingTemplateSubscribeParams,
): Subscription {
  const template = getTemplate(context, templateId);
  const client = clientNamedIn(context, body.client_id, 'client_id');
  if (!template.is_subscription) {
    throw invalidField(
      'non_field_errors',
      'Billing template is not a subscription; use send_invoice instead.',
    );
  }
  const key = subscriberKey(template.id, client.id);
  if (context.state.subscribers.has(key)) {
    throw invalidState('Client is already subscribed to this billing template.');
  }
  const now = unixSeconds(context.clock);
  const deferred = template.subscription_trial_periods > 0 || template.subscription_charge_period_end;
  // A trial of N periods defers the first charge by N periods; charging at the end of the period
  // adds one more.
  const deferredPeriods =
    template.subscription_trial_periods + (template.subscription_charge_period_end ? 1 : 0);
  const { id: _id, type: _type, created_on: _created, updated_on: _updated, ...clientDetails } = client;
  const subscriber: SubscriberRecord = {
    id: newId('subscriber'),
    type: 'billing_template_client',
    billing_template_id: template.id,
    client_id: client.id,
    client: clientDetails,
    is_subscription: true,
    status: body.status === 'subscription_paused' ? body.status : deferred ? 'active' : 'pending',
    next_billing_on: deferred ? nextBillingOn(template, now, deferredPeriods) : now,
    number_of_billing_cycles_passed: 0,
    recurring_token: null,
    created_on: now,
    updated_on: now,
  };
  context.state.subscribers.set(key, subscriber);
  const purchase = deferred
    ? null
    : openPurchase(context, {
        brand_id: template.brand_id,
        client,
        details: template.purchase,
        billingTemplateId: template.id,
        force_recurring: true,
        product: 'billing_subscriptions',
      });
  return { billing_template_client: subscriber, purchase };
}

/** Looks a subscriber up by template and client. */
export function getSubscriber(
  context: DomainContext,
  templateId: string,
  clientId: string,
): SubscriberRecord {
  const template = getTemplate(context, templateId);
  const subscriber = context.state.subscribers.get(subscriberKey(template.id, clientId));
  if (!subscriber) throw notFound();
  return subscriber;
}

/** The subscribers of a template, newest first. */
export function listSubscribers(context: DomainContext, templateId: string): SubscriberRecord[] {
  const template = getTemplate(context, templateId);
  return [...context.state.subscribers.values()]
    .filter((subscriber) => subscriber.billing_template_id === template.id)
    .reverse();
}

/** Pauses (`subscription_paused`) or resumes (`active`) billing. */
export function updateSubscriber(
  context: DomainContext,
  templateId: string,
  clientId: string,
  body: BillingTemplateSubscriberUpdateParams,
): SubscriberRecord {
  const subscriber = getSubscriber(context, templateId, clientId);
  if (body.status !== undefined && body.status !== subscriber.status) {
    subscriber.status = body.status;
    subscriber.updated_on = unixSeconds(context.clock);
  }
  return subscriber;
}
