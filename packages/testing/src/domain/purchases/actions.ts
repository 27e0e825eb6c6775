import type { PurchaseChargeParams, PurchaseMarkAsPaidParams } from '@ummah/schema/ummah/types';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { invalidField, invalidState } from '../errors';
import type { PurchaseRecord } from '../records';
import { completePayment, failPayment, purchaseSource } from './payments';
import { getPurchase } from './purchases';
import { assertCanPerform, setStatus } from './transitions';

/** How a simulated checkout ends: paid, authorised only (`hold`), or declined. */
export type CheckoutOutcome = 'paid' | 'failed' | 'hold';

/**
 * The customer completes the hosted checkout. Resolves, with the purchase, once the first delivery
 * attempts of the resulting events are done.
 */
export async function checkOut(
  context: DomainContext,
  id: string,
  outcome: CheckoutOutcome,
  method = 'card',
): Promise<PurchaseRecord> {
  const purchase = getPurchase(context, id);
  if (outcome === 'failed') await failPayment(context, purchase);
  else await completePayment(context, purchase, { method, hold: outcome === 'hold' });
  return purchase;
}

/** Cancels an unpaid purchase. */
export function cancelPurchase(context: DomainContext, id: string): PurchaseRecord {
  return moveTo(context, id, 'cancel', 'cancelled', 'purchase.cancelled');
}

/** Releases held funds back to the customer. */
export function releasePurchase(context: DomainContext, id: string): PurchaseRecord {
  return moveTo(context, id, 'release', 'released', 'purchase.released');
}

/** Confirms an offline payment; it settles in full even when the purchase was opened with `skip_capture`. */
export function markAsPaid(
  context: DomainContext,
  id: string,
  body?: PurchaseMarkAsPaidParams,
): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'mark_as_paid');
  purchase.skip_capture = false;
  purchase.marked_as_paid = true;
  void completePayment(context, purchase, { method: 'offline' });
  if (body?.paid_on !== undefined && purchase.payment) purchase.payment.paid_on = body.paid_on;
  return purchase;
}

/** Resends the invoice email (nothing to send in the mock: the status check is what it does). */
export function resendInvoice(context: DomainContext, id: string): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'resend_invoice');
  return purchase;
}

/** Detaches the payment method a purchase saved; the token can no longer be charged. */
export function detachRecurringToken(context: DomainContext, id: string): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'delete_recurring_token');
  if (!purchase.recurring_token) throw invalidState('Purchase has no recurring token.');
  context.state.recurringTokens.delete(purchase.recurring_token);
  purchase.recurring_token = null;
  purchase.updated_on = unixSeconds(context.clock);
  void context.emit('purchase.recurring_token_deleted', purchase, purchaseSource(purchase));
  return purchase;
}

/** Pays a purchase with a payment method its client saved earlier. */
export function chargePurchase(
  context: DomainContext,
  id: string,
  body: PurchaseChargeParams,
): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'charge');
  const token = context.state.recurringTokens.get(body.recurring_token);
  if (!token) throw invalidField('recurring_token', 'Recurring token does not exist or was deleted.');
  if (token.clientId !== purchase.client_id) {
    throw invalidField('recurring_token', 'Recurring token belongs to another client.');
  }
  purchase.is_recurring_token = true;
  void completePayment(context, purchase, { method: token.record.payment_method, recurring: true }, 'charge');
  return purchase;
}

function moveTo(
  context: DomainContext,
  id: string,
  action: 'cancel' | 'release',
  status: 'cancelled' | 'released',
  event: 'purchase.cancelled' | 'purchase.released',
): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, action);
  setStatus(purchase, status, unixSeconds(context.clock));
  void context.emit(event, purchase, purchaseSource(purchase));
  return purchase;
}
