import type { BillingTemplateCreateParams, BillingTemplateReplaceParams } from '@ummah/schema/ummah/types';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { type FieldErrors, invalidFields, notFound } from '../errors';
import { newId } from '../ids';
import { purchaseDetailsFrom } from '../purchases/purchase-details';
import type { BillingTemplateRecord } from '../records';

/** Looks a billing template up. */
export function getTemplate(context: DomainContext, id: string): BillingTemplateRecord {
  const template = context.state.billingTemplates.get(id);
  if (!template) throw notFound();
  return template;
}

/** Templates, newest first. */
export function listTemplates(context: DomainContext): BillingTemplateRecord[] {
  return [...context.state.billingTemplates.values()].reverse();
}

/** Creates a template. */
export function createTemplate(
  context: DomainContext,
  body: BillingTemplateCreateParams,
): BillingTemplateRecord {
  const now = unixSeconds(context.clock);
  const template: BillingTemplateRecord = {
    id: newId('template'),
    type: 'billing_template',
    brand_id: body.brand_id,
    ...templateFields(body),
    created_on: now,
    updated_on: now,
  };
  context.state.billingTemplates.set(template.id, template);
  return template;
}

/** PUT: every field is replaced; the brand stays unless the body names another. */
export function replaceTemplate(
  context: DomainContext,
  id: string,
  body: BillingTemplateReplaceParams,
): BillingTemplateRecord {
  const template = getTemplate(context, id);
  return Object.assign(template, templateFields(body), {
    brand_id: body.brand_id ?? template.brand_id,
    updated_on: unixSeconds(context.clock),
  });
}

/** Deletes a template. Its subscriptions are not cancelled (reference), so subscribers stay. */
export function deleteTemplate(context: DomainContext, id: string): void {
  context.state.billingTemplates.delete(getTemplate(context, id).id);
}

/**
 * The fields of a create or PUT body with their defaults. A subscription needs its period; the
 * schema cannot say "required when `is_subscription`", so that rule is checked here.
 */
function templateFields(body: BillingTemplateReplaceParams) {
  if (body.is_subscription) {
    const missing: FieldErrors = {};
    if (body.subscription_period === undefined) missing.subscription_period = ['This field is required.'];
    if (body.subscription_period_units === undefined) {
      missing.subscription_period_units = ['This field is required.'];
    }
    if (Object.keys(missing).length > 0) throw invalidFields(missing);
  }
  return {
    title: body.title ?? '',
    is_subscription: body.is_subscription,
    subscription_period: body.is_subscription ? (body.subscription_period ?? null) : null,
    subscription_period_units: body.is_subscription ? (body.subscription_period_units ?? null) : null,
    subscription_trial_periods: body.subscription_trial_periods ?? 0,
    subscription_charge_period_end: body.subscription_charge_period_end ?? false,
    subscription_due_period: body.subscription_due_period ?? null,
    subscription_due_period_units: body.subscription_due_period_units ?? null,
    number_of_billing_cycles: body.number_of_billing_cycles ?? 0,
    force_recurring: body.force_recurring ?? false,
    send_receipt: body.send_receipt ?? false,
    purchase: purchaseDetailsFrom(body.purchase),
  };
}
