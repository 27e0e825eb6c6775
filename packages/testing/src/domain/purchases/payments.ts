import { activateSubscriber } from '../billing/subscriber-activation';
import { unixSeconds } from '../clock';
import type { DomainContext } from '../context';
import { invalidField, invalidState } from '../errors';
import type { EventSource } from '../event-types';
import { newId } from '../ids';
import type { PaymentRecord, PaymentSummaryRecord, PurchaseRecord } from '../records';
import { issueRecurringToken } from '../recurring-tokens';
import { getPurchase } from './purchases';
import { assertCanPerform, setStatus } from './transitions';

/** How a customer paid. */
export interface PaymentMethodInfo {
  /** @default 'card' */
  readonly method?: string;
  /** True when charged with a saved recurring token. */
  readonly recurring?: boolean;
  /** Authorise only (funds on hold) even without `skip_capture`. */
  readonly hold?: boolean;
}

/** The purchase as the source of its events. */
export function purchaseSource(purchase: PurchaseRecord): EventSource {
  return { id: purchase.id, type: 'purchase' };
}

/**
 * A successful payment: `paid` (or `hold` when the purchase has `skip_capture`), a recurring token when
 * `force_recurring` asked for one, subscriber activation for template invoices, and the events.
 * Resolves when the first delivery attempts are done.
 */
export function completePayment(
  context: DomainContext,
  purchase: PurchaseRecord,
  info: PaymentMethodInfo,
  action: 'checkout' | 'charge' = 'checkout',
): Promise<void> {
  assertCanPerform(purchase, action);
  const method = info.method ?? 'card';
  if (purchase.force_recurring && !info.recurring && !purchase.recurring_token) {
    issueRecurringToken(context, purchase, method);
  }
  const now = unixSeconds(context.clock);
  if (purchase.skip_capture || info.hold) {
    purchase.payment = { ...paymentSummary(purchase, method, info, now), net_amount: 0 };
    setStatus(purchase, 'hold', now);
    return context.emit('purchase.hold', purchase, purchaseSource(purchase));
  }
  settle(context, purchase, purchase.purchase.total_amount, paymentSummary(purchase, method, info, now));
  return Promise.all([
    context.emit('purchase.paid', purchase, purchaseSource(purchase), purchase.success_callback || undefined),
    activateSubscriber(context, purchase),
  ]).then(() => undefined);
}

/** A declined checkout: status `error` (the customer may retry) and `purchase.payment_failure`. */
export function failPayment(context: DomainContext, purchase: PurchaseRecord): Promise<void> {
  assertCanPerform(purchase, 'checkout');
  setStatus(purchase, 'error', unixSeconds(context.clock));
  return context.emit('purchase.payment_failure', purchase, purchaseSource(purchase));
}

/** Captures a held purchase, fully or partially (`amount` ≤ held amount). */
export function capturePurchase(context: DomainContext, id: string, amount?: number): PurchaseRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'capture');
  const held = purchase.payment?.amount ?? purchase.purchase.total_amount;
  const captured = amount ?? held;
  if (captured < 1 || captured > held) {
    throw invalidField('amount', `Ensure this value is between 1 and the held amount (${held}).`);
  }
  const now = unixSeconds(context.clock);
  const method = purchase.payment?.method ?? 'card';
  settle(context, purchase, captured, paymentSummary(purchase, method, {}, now));
  void context.emit('purchase.captured', purchase, purchaseSource(purchase));
  void context.emit(
    'purchase.paid',
    purchase,
    purchaseSource(purchase),
    purchase.success_callback || undefined,
  );
  return purchase;
}

/**
 * Refunds a paid purchase, fully or partially. The cumulative refunded amount can never exceed the
 * captured amount: once nothing is left the purchase refuses (`invalid_state`); asking for more than
 * what is left refuses `amount`.
 */
export function refundPurchase(
  context: DomainContext,
  id: string,
  amount: number | undefined,
  reference = '',
): PaymentRecord {
  const purchase = getPurchase(context, id);
  assertCanPerform(purchase, 'refund');
  const payment = purchase.payment;
  const remaining = purchase.refundable_amount;
  if (!payment || remaining <= 0) throw invalidState('Purchase has already been fully refunded.');
  const refund = amount ?? remaining;
  if (refund < 1 || refund > remaining) {
    throw invalidField('amount', `Ensure this value is between 1 and the refundable amount (${remaining}).`);
  }
  payment.refunded_amount += refund;
  purchase.refundable_amount = remaining - refund;
  purchase.refund_availability = purchase.refundable_amount === 0 ? 'none' : 'partial_only';
  setStatus(purchase, 'refunded', unixSeconds(context.clock));
  const record = recordPayment(context, purchase, 'refund', refund, reference);
  void context.emit('purchase.refunded', purchase, purchaseSource(purchase));
  return record;
}

function paymentSummary(
  purchase: PurchaseRecord,
  method: string,
  info: PaymentMethodInfo,
  paidOn: number,
): PaymentSummaryRecord {
  const amount = purchase.purchase.total_amount;
  return {
    payment_type: 'purchase',
    method,
    is_recurring_token: info.recurring ?? false,
    amount,
    currency: purchase.purchase.currency,
    net_amount: amount,
    fee_amount: 0,
    refunded_amount: 0,
    paid_on: paidOn,
  };
}

/** Money moved: `paid`, refundable up to `amount`, and a payment in the ledger. */
function settle(
  context: DomainContext,
  purchase: PurchaseRecord,
  amount: number,
  summary: PaymentSummaryRecord,
): void {
  purchase.payment = { ...summary, amount, net_amount: amount };
  purchase.refundable_amount = amount;
  purchase.refund_availability = amount > 0 ? 'all' : 'none';
  setStatus(purchase, 'paid', summary.paid_on);
  recordPayment(context, purchase, 'purchase', amount);
}

function recordPayment(
  context: DomainContext,
  purchase: PurchaseRecord,
  type: 'purchase' | 'refund',
  amount: number,
  reference = '',
): PaymentRecord {
  const payment: PaymentRecord = {
    id: newId('payment'),
    type: 'payment',
    payment_type: type,
    status: type === 'purchase' ? 'paid' : 'refunded',
    amount,
    currency: purchase.purchase.currency,
    purchase: purchase.id,
    method: purchase.payment?.method ?? 'card',
    reference,
    created_on: unixSeconds(context.clock),
  };
  context.state.payments.set(payment.id, payment);
  return payment;
}
