import type { APIPromise, RequestOptions } from '@ummah/core';
import type { Payment, PurchaseRefundParams } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * Refunds, as merchants look for them: `ummah.refunds.create(purchaseId)`. The same gateway
 * operation as `ummah.purchases.refund` (`POST /purchases/{id}/refund/`), sent through the same
 * path: validated before sending, and carrying one idempotency key across every retry, so a refund
 * retried after a timeout is never paid out twice.
 *
 * @category Refunds
 */
export class RefundsResource extends APIResource {
  /**
   * Refunds a paid purchase in full, or in part with `amount` (smallest currency unit). Several
   * partial refunds may follow each other while their sum stays within the captured amount.
   * Resolves with the refund payment.
   * `POST /purchases/{id}/refund/`
   *
   * @param purchaseId - the purchase to refund
   * @param params - `amount` to refund part of it (omit for the whole), `reference` for your books
   * @param options - pass `idempotencyKey` (e.g. your return's id) to make a later retry safe too
   * @example
   * const full = await ummah.refunds.create(purchase.id);
   * const part = await ummah.refunds.create(purchase.id, { amount: 1500, reference: 'RMA-1042' },
   *   { idempotencyKey: 'rma-1042' });
   * console.log(part.status); // 'refunded'
   */
  create(purchaseId: string, params?: PurchaseRefundParams, options?: RequestOptions): APIPromise<Payment> {
    return this._call('purchases.refund', { pathParams: { id: purchaseId }, body: params }, options);
  }
}
