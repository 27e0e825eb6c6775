import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { addPeriods } from '../periods';
import type { BillingTemplateRecord, PurchaseRecord } from '../records';
import { subscriberKey } from '../state';

/**
 * The next billing time of a subscription template, `periods` periods after `from` (Unix seconds);
 * null for a template without a period.
 */
export function nextBillingOn(
  template: Pick<BillingTemplateRecord, 'subscription_period' | 'subscription_period_units'>,
  from: number,
  periods = 1,
): number | null {
  if (!template.subscription_period || !template.subscription_period_units) return null;
  return addPeriods(from, template.subscription_period_units, periods * template.subscription_period);
}

/**
 * A paid purchase of a subscription counts one billing cycle: the first one activates a pending
 * subscriber (`billing_template.client_activated`), the last one of a limited plan ends it.
 */
export function activateSubscriber(context: DomainContext, purchase: PurchaseRecord): Promise<void> {
  if (!purchase.billing_template_id) return Promise.resolve();
  const template = context.state.billingTemplates.get(purchase.billing_template_id);
  const subscriber = context.state.subscribers.get(
    subscriberKey(purchase.billing_template_id, purchase.client_id),
  );
  if (!template || !subscriber) return Promise.resolve();
  const now = unixSeconds(context.clock);
  subscriber.number_of_billing_cycles_passed += 1;
  subscriber.recurring_token = purchase.recurring_token ?? subscriber.recurring_token;
  subscriber.next_billing_on = nextBillingOn(template, now);
  subscriber.updated_on = now;
  const limit = template.number_of_billing_cycles;
  if (limit > 0 && subscriber.number_of_billing_cycles_passed >= limit) {
    // The last cycle of a limited plan: nothing more to bill.
    subscriber.status = 'inactive';
    subscriber.next_billing_on = null;
    return Promise.resolve();
  }
  if (subscriber.status !== 'pending') return Promise.resolve();
  subscriber.status = 'active';
  return context.emit('billing_template.client_activated', subscriber, {
    id: subscriber.id,
    type: 'billing_template_client',
  });
}
