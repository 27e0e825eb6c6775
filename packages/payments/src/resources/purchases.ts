import type { APIPromise, RequestOptions } from '@ummah/core';
import type {
  Payment,
  Purchase,
  PurchaseActionResult,
  PurchaseCaptureParams,
  PurchaseChargeParams,
  PurchaseCreateParams,
  PurchaseMarkAsPaidParams,
  PurchaseRefundParams,
} from '@ummah/schema/ummah/types';
import { refuseFlatPurchaseForm } from '../internal/flat-purchase-form.js';
import { APIResource } from './api-resource.js';

/**
 * Purchases: the core transaction object, from checkout to capture and refund.
 * Every POST carries an idempotency key (generated, or yours via `options.idempotencyKey`), so a
 * retried call never moves money twice.
 *
 * @category Purchases
 */
export class PurchasesResource extends APIResource {
  /**
   * Creates a purchase; redirect the customer to the returned `checkout_url`.
   * `POST /purchases/`
   *
   * @example
   * const purchase = await ummah.purchases.create({
   *   brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
   *   client: { email: 'customer@example.com' },
   *   purchase: { products: [{ name: 'T-Shirt', price: 2999, quantity: 1 }], currency: 'USD' },
   *   success_redirect: 'https://myshop.com/success',
   *   failure_redirect: 'https://myshop.com/failed',
   * });
   * console.log(purchase.checkout_url);
   */
  create(params: PurchaseCreateParams, options?: RequestOptions): APIPromise<Purchase> {
    return this._call('purchases.create', { body: params }, options, refuseFlatPurchaseForm);
  }

  /**
   * Retrieves a purchase; the source of truth for its final status.
   * `GET /purchases/{id}/`
   *
   * @example
   * const purchase = await ummah.purchases.retrieve(id);
   * if (purchase.status === 'paid') fulfil(purchase);
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Purchase> {
    return this._call('purchases.retrieve', { pathParams: { id } }, options);
  }

  /**
   * Cancels a purchase that has not been paid, so it can never be paid later.
   * Resolves with the purchase, or only `{ status }` as the reference documents; call
   * `retrieve` when you need the whole object.
   * `POST /purchases/{id}/cancel/`
   */
  cancel(id: string, options?: RequestOptions): APIPromise<PurchaseActionResult> {
    return this._call('purchases.cancel', { pathParams: { id } }, options);
  }

  /**
   * Releases the funds held for a purchase created with `skip_capture: true`.
   * Resolves with the purchase, or only `{ status }` as the reference documents; call
   * `retrieve` when you need the whole object.
   * `POST /purchases/{id}/release/`
   */
  release(id: string, options?: RequestOptions): APIPromise<PurchaseActionResult> {
    return this._call('purchases.release', { pathParams: { id } }, options);
  }

  /**
   * Captures held funds, in full or (with `amount`, in the smallest currency unit) in part.
   * `POST /purchases/{id}/capture/`
   *
   * @example
   * const purchase = await ummah.purchases.capture(id, { amount: 2999 });
   */
  capture(id: string, params?: PurchaseCaptureParams, options?: RequestOptions): APIPromise<Purchase> {
    return this._call('purchases.capture', { pathParams: { id }, body: params }, options);
  }

  /**
   * Refunds a paid purchase in full or, with `amount`, in part; resolves with the refund payment.
   * `POST /purchases/{id}/refund/`
   *
   * @example
   * const refund = await ummah.purchases.refund(id, { amount: 1500, reference: 'REFUND-2024-001' });
   */
  refund(id: string, params?: PurchaseRefundParams, options?: RequestOptions): APIPromise<Payment> {
    return this._call('purchases.refund', { pathParams: { id }, body: params }, options);
  }

  /**
   * Records an offline (cash, bank transfer) payment: marks the purchase as paid.
   * `POST /purchases/{id}/mark_as_paid/`
   *
   * @example
   * await ummah.purchases.markAsPaid(id, { paid_on: 1700000000 });
   */
  markAsPaid(id: string, params?: PurchaseMarkAsPaidParams, options?: RequestOptions): APIPromise<Purchase> {
    return this._call('purchases.markAsPaid', { pathParams: { id }, body: params }, options);
  }

  /**
   * Emails the invoice of this purchase to its client again.
   * Resolves with the purchase, or only `{ status }` as the reference documents; call
   * `retrieve` when you need the whole object.
   * `POST /purchases/{id}/resend_invoice/`
   */
  resendInvoice(id: string, options?: RequestOptions): APIPromise<PurchaseActionResult> {
    return this._call('purchases.resendInvoice', { pathParams: { id } }, options);
  }

  /**
   * Detaches the saved payment method (recurring token) of this purchase.
   * Resolves with the purchase, or only `{ status }` as the reference documents; call
   * `retrieve` when you need the whole object.
   * `POST /purchases/{id}/delete_recurring_token/`
   */
  deleteRecurringToken(id: string, options?: RequestOptions): APIPromise<PurchaseActionResult> {
    return this._call('purchases.deleteRecurringToken', { pathParams: { id } }, options);
  }

  /**
   * Pays this purchase server-side with a saved payment method; no redirect.
   * `POST /purchases/{id}/charge/`
   *
   * @example
   * const paid = await ummah.purchases.charge(newPurchase.id, { recurring_token: savedToken });
   */
  charge(id: string, params: PurchaseChargeParams, options?: RequestOptions): APIPromise<Purchase> {
    return this._call('purchases.charge', { pathParams: { id }, body: params }, options);
  }
}
