import type { APIPromise, RequestOptions } from '@ummah/core';
import type { Balance as BalanceResult } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/** Balance data of the account. */
export class Balance extends APIResource {
  /**
   * Retrieves the balance, per currency, in the smallest currency unit.
   * `GET /balance/`
   *
   * @example
   * const { balance } = await ummah.balance.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<BalanceResult> {
    return this._call('balance.retrieve', {}, options);
  }
}
