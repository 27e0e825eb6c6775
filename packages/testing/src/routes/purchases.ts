import {
  cancelPurchase,
  chargePurchase,
  detachRecurringToken,
  markAsPaid,
  releasePurchase,
  resendInvoice,
} from '../domain/purchases/actions';
import { capturePurchase, refundPurchase } from '../domain/purchases/payments';
import { createPurchase, getPurchase } from '../domain/purchases/purchases';
import type { ApiHandlers } from './api-route';

/** `/purchases/…`: creation and the state-changing actions. */
export const purchaseHandlers = {
  'purchases.create': ({ domain, body }) => createPurchase(domain, body),
  'purchases.retrieve': ({ domain, params }) => getPurchase(domain, params.id),
  'purchases.cancel': ({ domain, params }) => cancelPurchase(domain, params.id),
  'purchases.release': ({ domain, params }) => releasePurchase(domain, params.id),
  'purchases.capture': ({ domain, params, body }) => capturePurchase(domain, params.id, body?.amount),
  'purchases.refund': ({ domain, params, body }) =>
    refundPurchase(domain, params.id, body?.amount, body?.reference),
  'purchases.markAsPaid': ({ domain, params, body }) => markAsPaid(domain, params.id, body),
  'purchases.resendInvoice': ({ domain, params }) => resendInvoice(domain, params.id),
  'purchases.deleteRecurringToken': ({ domain, params }) => detachRecurringToken(domain, params.id),
  'purchases.charge': ({ domain, params, body }) => chargePurchase(domain, params.id, body),
} satisfies ApiHandlers;
