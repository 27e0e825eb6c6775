import type { BillingTemplate, BillingTemplateClient, Client, Purchase, Ummah } from '@ummah/payments';

/** A monthly plan with a free trial. */
export interface TrialPlan {
  /** The brand the plan bills under (Developers → Brands in the merchant portal). */
  brandId: string;
  title: string;
  /** Monthly price in the smallest currency unit (2900 = 29.00). */
  price: number;
  currency: string;
  /** Free months before the first charge. @default 1 */
  trialMonths?: number;
}

/**
 * Creates the plan as a billing template: billed monthly, the first charge after the trial, and the
 * card saved on the first payment so renewals need no customer action.
 *
 * @example
 * const plan = await createTrialPlan(ummah, { brandId, title: 'Pro', price: 2900, currency: 'USD' });
 */
export function createTrialPlan(ummah: Ummah, plan: TrialPlan): Promise<BillingTemplate> {
  return ummah.billingTemplates.create({
    brand_id: plan.brandId,
    title: plan.title,
    purchase: { currency: plan.currency, products: [{ name: plan.title, price: plan.price }] },
    is_subscription: true,
    subscription_period: 1,
    subscription_period_units: 'months',
    subscription_trial_periods: plan.trialMonths ?? 1,
    force_recurring: true,
  });
}

/** What {@link subscribeCustomer} returns. */
export interface NewSubscription {
  client: Client;
  subscriber: BillingTemplateClient;
  /** The purchase to send the customer to now; `null` during a trial (nothing is due yet). */
  firstPurchase: Purchase | null;
}

/**
 * Registers the customer as a client and subscribes them to the plan. With a trial nothing is charged
 * now: the subscriber is `active` and `next_billing_on` is the end of the trial.
 *
 * @example
 * const { subscriber } = await subscribeCustomer(ummah, plan.id, 'ana@example.com');
 */
export async function subscribeCustomer(
  ummah: Ummah,
  templateId: string,
  email: string,
): Promise<NewSubscription> {
  const client = await ummah.clients.create({ email });
  const result = await ummah.billingTemplates.subscribe(templateId, { client_id: client.id });
  if (!result.billing_template_client) throw new Error('The gateway did not return the subscriber.');
  return { client, subscriber: result.billing_template_client, firstPurchase: result.purchase ?? null };
}

/**
 * Pauses billing (the customer put their account on hold): no renewal is charged until resumed.
 *
 * @example
 * await pauseSubscription(ummah, plan.id, client.id);
 */
export function pauseSubscription(
  ummah: Ummah,
  templateId: string,
  clientId: string,
): Promise<BillingTemplateClient> {
  return ummah.billingTemplates.subscribers.update(templateId, clientId, { status: 'subscription_paused' });
}

/**
 * Resumes billing of a paused subscriber.
 *
 * @example
 * await resumeSubscription(ummah, plan.id, client.id);
 */
export function resumeSubscription(
  ummah: Ummah,
  templateId: string,
  clientId: string,
): Promise<BillingTemplateClient> {
  return ummah.billingTemplates.subscribers.update(templateId, clientId, { status: 'active' });
}
