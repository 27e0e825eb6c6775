import type { APIPromise, RequestOptions } from '@ummah/core';
import type { PayoutMethodsListQuery, PayoutMethods as PayoutMethodsResult } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/** The payout methods a brand can use in a currency. */
export class PayoutMethods extends APIResource {
  /**
   * Lists the payout methods available for a brand and currency (one object, not a paged list).
   * `GET /payout_methods/`
   *
   * @example
   * const methods = await ummah.payoutMethods.list({ brand_id: brandId, currency: 'USD' });
   */
  list(params: PayoutMethodsListQuery, options?: RequestOptions): APIPromise<PayoutMethodsResult> {
    return this._call('payoutMethods.list', { query: params }, options);
  }
}
