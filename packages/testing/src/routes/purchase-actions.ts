import { capturePurchase, completePayment, refundPurchase } from '../domain/purchase-payments';
import { assertCanPerform, setStatus } from '../domain/purchase-transitions';
import { getPurchase } from '../domain/purchases';
import { badRequest, conflict } from '../http/gateway-error';
import { json } from '../http/mock-result';
import { type ApiRoute, type Ctx, reader, wire } from './route-helpers';

function purchaseOf(context: Ctx) {
  return getPurchase(context.gateway, context.params.id!);
}

function cancel(context: Ctx) {
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'cancel');
  setStatus(purchase, 'cancelled', context.gateway.now());
  void context.gateway.emit('purchase.cancelled', purchase, { id: purchase.id, type: 'purchase' });
  return json(wire(purchase));
}

function release(context: Ctx) {
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'release');
  setStatus(purchase, 'released', context.gateway.now());
  void context.gateway.emit('purchase.released', purchase, { id: purchase.id, type: 'purchase' });
  return json(wire(purchase));
}

function capture(context: Ctx) {
  const body = reader(context);
  const amount = body.integer('amount', { min: 1 });
  body.assertValid();
  const purchase = purchaseOf(context);
  capturePurchase(context.gateway, purchase, amount);
  return json(wire(purchase));
}

function refund(context: Ctx) {
  const body = reader(context);
  const amount = body.integer('amount', { min: 1 });
  const reference = body.string('reference', { maxLength: 128 }) ?? '';
  body.assertValid();
  const purchase = purchaseOf(context);
  return json(wire(refundPurchase(context.gateway, purchase, amount, reference)));
}

function markAsPaid(context: Ctx) {
  const body = reader(context);
  const paidOn = body.integer('paid_on', { min: 0 });
  body.assertValid();
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'mark_as_paid');
  // An offline payment settles in full even when the purchase was opened with skip_capture.
  purchase.skip_capture = false;
  purchase.marked_as_paid = true;
  void completePayment(context.gateway, purchase, { method: 'offline' });
  if (paidOn !== undefined && purchase.payment) purchase.payment.paid_on = paidOn;
  return json(wire(purchase));
}

function resendInvoice(context: Ctx) {
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'resend_invoice');
  return json(wire(purchase));
}

function deleteRecurringToken(context: Ctx) {
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'delete_recurring_token');
  if (!purchase.recurring_token) throw conflict('Purchase has no recurring token.');
  context.gateway.state.recurringTokens.delete(purchase.recurring_token);
  purchase.recurring_token = null;
  purchase.updated_on = context.gateway.now();
  void context.gateway.emit('purchase.recurring_token_deleted', purchase, {
    id: purchase.id,
    type: 'purchase',
  });
  return json(wire(purchase));
}

function charge(context: Ctx) {
  const body = reader(context);
  const token = body.string('recurring_token', { required: true });
  body.assertValid();
  const purchase = purchaseOf(context);
  assertCanPerform(purchase, 'charge');
  const entry = context.gateway.state.recurringTokens.get(token!);
  if (!entry) throw badRequest({ recurring_token: ['Recurring token does not exist or was deleted.'] });
  if (entry.clientId !== purchase.client_id) {
    throw badRequest({ recurring_token: ['Recurring token belongs to another client.'] });
  }
  purchase.is_recurring_token = true;
  void completePayment(
    context.gateway,
    purchase,
    { method: entry.record.payment_method, recurring: true },
    'charge',
  );
  return json(wire(purchase));
}

const action = (name: string, operationId: string, handler: ApiRoute['handler']): ApiRoute => ({
  method: 'POST',
  path: `/purchases/{id}/${name}/`,
  operationId,
  handler,
});

/** The purchase state-changing actions (`POST /purchases/{id}/<action>/`). */
export const purchaseActionRoutes: ApiRoute[] = [
  action('cancel', 'purchases.cancel', cancel),
  action('release', 'purchases.release', release),
  action('capture', 'purchases.capture', capture),
  action('refund', 'purchases.refund', refund),
  action('mark_as_paid', 'purchases.markAsPaid', markAsPaid),
  action('resend_invoice', 'purchases.resendInvoice', resendInvoice),
  action('delete_recurring_token', 'purchases.deleteRecurringToken', deleteRecurringToken),
  action('charge', 'purchases.charge', charge),
];
