import type { GatewayEngine } from '../gateway-engine';
import { badRequest, conflict } from '../http/gateway-error';
import { subscriberKey } from './gateway-state';
import { newId } from './ids';
import { assertCanPerform, setStatus } from './purchase-transitions';
import type { PaymentRecord, PurchaseRecord } from './records';

/** How a customer paid. */
export interface PaymentMethodInfo {
  /** @default 'card' */
  readonly method?: string;
  /** True when charged with a saved recurring token. */
  readonly recurring?: boolean;
  /** Authorise only (funds on hold) even without `skip_capture`. */
  readonly hold?: boolean;
}

function recordPayment(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  type: PaymentRecord['payment_type'],
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
    created_on: gateway.now(),
  };
  gateway.state.payments.set(payment.id, payment);
  return payment;
}

function settle(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  amount: number,
  info: PaymentMethodInfo,
): void {
  const now = gateway.now();
  purchase.payment = {
    payment_type: 'purchase',
    method: info.method ?? 'card',
    is_recurring_token: info.recurring ?? false,
    amount,
    currency: purchase.purchase.currency,
    net_amount: amount,
    fee_amount: 0,
    refunded_amount: 0,
    paid_on: now,
  };
  purchase.refundable_amount = amount;
  purchase.refund_availability = amount > 0 ? 'all' : 'none';
  setStatus(purchase, 'paid', now);
  recordPayment(gateway, purchase, 'purchase', amount);
}

/** Saves the payment method when the purchase asked for `force_recurring`. */
function issueRecurringToken(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  info: PaymentMethodInfo,
): void {
  if (!purchase.force_recurring || info.recurring || purchase.recurring_token) return;
  const id = newId('token');
  gateway.state.recurringTokens.set(id, {
    clientId: purchase.client_id,
    purchaseId: purchase.id,
    record: {
      id,
      payment_method: info.method ?? 'card',
      description: 'Visa **** 4242',
      created_on: gateway.now(),
    },
  });
  purchase.recurring_token = id;
}

/** A subscriber's first payment activates it and schedules the next billing. */
function activateSubscriber(gateway: GatewayEngine, purchase: PurchaseRecord): Promise<void> {
  if (!purchase.billing_template_id) return Promise.resolve();
  const template = gateway.state.billingTemplates.get(purchase.billing_template_id);
  const subscriber = gateway.state.subscribers.get(
    subscriberKey(purchase.billing_template_id, purchase.client_id),
  );
  if (!template || !subscriber) return Promise.resolve();
  subscriber.number_of_billing_cycles_passed += 1;
  subscriber.recurring_token = purchase.recurring_token ?? subscriber.recurring_token;
  subscriber.next_billing_on = nextBillingOn(template, gateway.now());
  subscriber.updated_on = gateway.now();
  const limit = template.number_of_billing_cycles;
  if (limit > 0 && subscriber.number_of_billing_cycles_passed >= limit) {
    // The last cycle of a limited plan: nothing more to bill.
    subscriber.status = 'inactive';
    subscriber.next_billing_on = null;
    return Promise.resolve();
  }
  if (subscriber.status !== 'pending') return Promise.resolve();
  subscriber.status = 'active';
  return gateway.emit('billing_template.client_activated', subscriber, {
    id: subscriber.id,
    type: 'billing_template_client',
  });
}

const UNIT_SECONDS = { days: 86_400, weeks: 7 * 86_400, months: 30 * 86_400, years: 365 * 86_400 } as const;

/** The next billing timestamp of a subscription template, counted from `from` (months are 30 days). */
export function nextBillingOn(
  template: {
    subscription_period: number | null;
    subscription_period_units: keyof typeof UNIT_SECONDS | null;
  },
  from: number,
  periods = 1,
): number | null {
  if (!template.subscription_period || !template.subscription_period_units) return null;
  return from + periods * template.subscription_period * UNIT_SECONDS[template.subscription_period_units];
}

/**
 * A successful payment: `paid` (or `hold` when the purchase has `skip_capture`), a recurring token when
 * `force_recurring` asked for one, subscriber activation for template invoices, and the events.
 * Resolves when the first delivery attempts are done.
 */
export function completePayment(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  info: PaymentMethodInfo,
  action: 'checkout' | 'charge' = 'checkout',
): Promise<void> {
  assertCanPerform(purchase, action);
  issueRecurringToken(gateway, purchase, info);
  const source = { id: purchase.id, type: 'purchase' } as const;
  if (purchase.skip_capture || info.hold) {
    const now = gateway.now();
    purchase.payment = {
      payment_type: 'purchase',
      method: info.method ?? 'card',
      is_recurring_token: info.recurring ?? false,
      amount: purchase.purchase.total_amount,
      currency: purchase.purchase.currency,
      net_amount: 0,
      fee_amount: 0,
      refunded_amount: 0,
      paid_on: now,
    };
    setStatus(purchase, 'hold', now);
    return gateway.emit('purchase.hold', purchase, source);
  }
  settle(gateway, purchase, purchase.purchase.total_amount, info);
  return Promise.all([
    gateway.emit('purchase.paid', purchase, source, purchase.success_callback || undefined),
    activateSubscriber(gateway, purchase),
  ]).then(() => undefined);
}

/** A declined checkout: status `error` (the customer may retry) and `purchase.payment_failure`. */
export function failPayment(gateway: GatewayEngine, purchase: PurchaseRecord): Promise<void> {
  assertCanPerform(purchase, 'checkout');
  setStatus(purchase, 'error', gateway.now());
  return gateway.emit('purchase.payment_failure', purchase, { id: purchase.id, type: 'purchase' });
}

/** Captures a held purchase, fully or partially (`amount` ≤ held amount). */
export function capturePurchase(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  amount: number | undefined,
): void {
  assertCanPerform(purchase, 'capture');
  const held = purchase.payment?.amount ?? purchase.purchase.total_amount;
  const captured = amount ?? held;
  if (captured < 1 || captured > held) {
    throw badRequest({ amount: [`Ensure this value is between 1 and the held amount (${held}).`] });
  }
  settle(gateway, purchase, captured, { method: purchase.payment?.method ?? 'card' });
  const source = { id: purchase.id, type: 'purchase' } as const;
  void gateway.emit('purchase.captured', purchase, source);
  void gateway.emit('purchase.paid', purchase, source, purchase.success_callback || undefined);
}

/**
 * Refunds a paid purchase, fully or partially. The cumulative refunded amount can never exceed the
 * captured amount: once nothing is left the purchase answers 409; asking for more than what is left
 * answers 400 on `amount`.
 */
export function refundPurchase(
  gateway: GatewayEngine,
  purchase: PurchaseRecord,
  amount: number | undefined,
  reference: string,
): PaymentRecord {
  assertCanPerform(purchase, 'refund');
  const payment = purchase.payment;
  const remaining = purchase.refundable_amount;
  if (!payment || remaining <= 0) throw conflict('Purchase has already been fully refunded.');
  const refund = amount ?? remaining;
  if (refund < 1 || refund > remaining) {
    throw badRequest({
      amount: [`Ensure this value is between 1 and the refundable amount (${remaining}).`],
    });
  }
  payment.refunded_amount += refund;
  purchase.refundable_amount = remaining - refund;
  purchase.refund_availability = purchase.refundable_amount === 0 ? 'none' : 'partial_only';
  setStatus(purchase, 'refunded', gateway.now());
  const record = recordPayment(gateway, purchase, 'refund', refund, reference);
  void gateway.emit('purchase.refunded', purchase, { id: purchase.id, type: 'purchase' });
  return record;
}
