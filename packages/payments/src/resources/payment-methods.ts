import type { APIPromise, RequestOptions } from '@ummah/core';
import type { PaymentMethods, PaymentMethodsListQuery } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * The payment methods a brand can offer in a currency.
 *
 * @category Payment methods
 */
export class PaymentMethodsResource extends APIResource {
  /**
   * Lists the payment methods available for a brand and currency (one object, not a paged list).
   * `GET /payment_methods/`
   *
   * @example
   * const methods = await ummah.paymentMethods.list({ brand_id: brandId, currency: 'USD' });
   * console.log(methods.available_payment_methods);
   */
  list(params: PaymentMethodsListQuery, options?: RequestOptions): APIPromise<PaymentMethods> {
    return this._call('paymentMethods.list', { query: params }, options);
  }
}
