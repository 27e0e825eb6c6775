import type { APIPromise, RequestOptions } from '@ummah/core';
import type { PayoutMethods, PayoutMethodsListQuery } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * The payout methods a brand can use in a currency.
 *
 * @category Payout methods
 */
export class PayoutMethodsResource extends APIResource {
  /**
   * Lists the payout methods available for a brand and currency (one object, not a paged list).
   * `GET /payout_methods/`
   *
   * @example
   * const methods = await ummah.payoutMethods.list({ brand_id: brandId, currency: 'USD' });
   */
  list(params: PayoutMethodsListQuery, options?: RequestOptions): APIPromise<PayoutMethods> {
    return this._call('payoutMethods.list', { query: params }, options);
  }
}
