import type { APIPromise, RequestOptions } from '@ummah/core';
import type { BillingSendInvoiceParams, InvoicedPurchases } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * One-time invoices sent to existing clients.
 *
 * @category Billing
 */
export class BillingResource extends APIResource {
  /**
   * Sends a one-time invoice to one or several clients; resolves with one purchase per client,
   * each with its own checkout link.
   * `POST /billing/`
   *
   * @example
   * const purchases = await ummah.billing.sendInvoice({
   *   brand_id: brandId,
   *   clients: [{ client_id: 'b79d3df6-2f69-4426-acee-eda049d83e18' }],
   *   purchase: { products: [{ name: 'Consulting', price: 50000 }], currency: 'USD' },
   * });
   * for (const purchase of purchases) console.log(purchase.invoice_url);
   */
  sendInvoice(params: BillingSendInvoiceParams, options?: RequestOptions): APIPromise<InvoicedPurchases> {
    return this._call('billing.sendInvoice', { body: params }, options);
  }
}
