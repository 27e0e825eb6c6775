import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { invalidState, notFound } from '../errors';
import { completePayment, purchaseSource } from '../purchases/payments';
import { openPurchase } from '../purchases/purchases';
import { setStatus } from '../purchases/transitions';
import type { PurchaseRecord } from '../records';
import { subscriberKey } from '../state';

/**
 * One billing cycle of an active subscriber: a new purchase charged with the saved method. A failed
 * charge leaves it in `error` with `purchase.subscription_charge_failure`. Resolves, with the
 * purchase, once the first delivery attempts are done.
 */
export async function renewSubscription(
  context: DomainContext,
  templateId: string,
  clientId: string,
  outcome: 'paid' | 'failed',
): Promise<PurchaseRecord> {
  const template = context.state.billingTemplates.get(templateId);
  const subscriber = context.state.subscribers.get(subscriberKey(templateId, clientId));
  if (!template || !subscriber) throw notFound('No such subscriber.');
  if (subscriber.status !== 'active') {
    throw invalidState(`Subscriber with status "${subscriber.status}" is not billed.`);
  }
  const client = context.state.clients.get(clientId);
  if (!client) throw notFound('No such client.');
  const purchase = openPurchase(context, {
    brand_id: template.brand_id,
    client,
    details: template.purchase,
    billingTemplateId: template.id,
    product: 'billing_subscriptions',
  });
  purchase.is_recurring_token = true;
  if (outcome === 'failed') {
    setStatus(purchase, 'error', unixSeconds(context.clock));
    await context.emit('purchase.subscription_charge_failure', purchase, purchaseSource(purchase));
  } else {
    await completePayment(context, purchase, { method: 'card', recurring: true });
  }
  return purchase;
}
