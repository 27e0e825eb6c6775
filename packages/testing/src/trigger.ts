import { type WebhookEventType, webhookEventTypes } from '@ummah/schema/ummah/events';
import type { DomainContext } from './domain/context';
import { cancelPurchase, checkOut, detachRecurringToken, releasePurchase } from './domain/purchases/actions';
import { capturePurchase, purchaseSource, refundPurchase } from './domain/purchases/payments';
import { createPurchase } from './domain/purchases/purchases';
import type { PurchaseRecord } from './domain/records';
import { gatewayErrorFor } from './pipeline/error-response';
import type { TriggerResult } from './routes/trigger-routes';

/** Every event type a trigger can fire: the schema's list, nothing written by hand. */
export const TRIGGERABLE_EVENTS: readonly WebhookEventType[] = webhookEventTypes;

/** Whether a name is an event type of the schema. */
export function isTriggerableEvent(name: string): name is WebhookEventType {
  return (TRIGGERABLE_EVENTS as readonly string[]).includes(name);
}

/**
 * The steps that lead a fresh purchase to each event the mock emits by itself. An event with no
 * step here (payouts, the `pending_*` states) has no flow in the mock: the trigger sends it about the
 * fresh purchase as it is, signed like any other delivery.
 */
const FLOWS: Partial<
  Record<WebhookEventType, (context: DomainContext, purchase: PurchaseRecord) => unknown>
> = {
  'purchase.created': () => undefined,
  'purchase.paid': (context, purchase) => checkOut(context, purchase.id, 'paid'),
  'purchase.payment_failure': (context, purchase) => checkOut(context, purchase.id, 'failed'),
  'purchase.hold': (context, purchase) => checkOut(context, purchase.id, 'hold'),
  'purchase.captured': async (context, purchase) => {
    await checkOut(context, purchase.id, 'hold');
    capturePurchase(context, purchase.id);
  },
  'purchase.released': async (context, purchase) => {
    await checkOut(context, purchase.id, 'hold');
    releasePurchase(context, purchase.id);
  },
  'purchase.cancelled': (context, purchase) => cancelPurchase(context, purchase.id),
  'purchase.refunded': async (context, purchase) => {
    await checkOut(context, purchase.id, 'paid');
    refundPurchase(context, purchase.id, undefined);
  },
  'purchase.recurring_token_deleted': async (context, purchase) => {
    await checkOut(context, purchase.id, 'paid');
    detachRecurringToken(context, purchase.id);
  },
};

/**
 * Fires one event of the schema's list on demand, like a provider's `trigger` command: creates a
 * purchase for `trigger@example.com`, walks it through the mock's own flow for that event (so its
 * state matches), and resolves once the first delivery attempts are done. The purchase's own
 * lifecycle events (`purchase.created`, and `purchase.paid` before a refund) go out on the way, as
 * they would on the gateway.
 */
export async function triggerEvent(
  context: DomainContext,
  idle: () => Promise<void>,
  event: WebhookEventType,
): Promise<TriggerResult> {
  try {
    const purchase = createPurchase(context, {
      brand_id: context.settings.brandId,
      client: { email: 'trigger@example.com' },
      purchase: { products: [{ name: `Triggered ${event}`, price: 1000 }], currency: 'USD' },
      force_recurring: event === 'purchase.recurring_token_deleted',
    });
    const flow = FLOWS[event];
    if (flow) await flow(context, purchase);
    else await context.emit(event, purchase, purchaseSource(purchase));
    await idle();
    return { event, object_id: purchase.id };
  } catch (error) {
    throw gatewayErrorFor(error);
  }
}
