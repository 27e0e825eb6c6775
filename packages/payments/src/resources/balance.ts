import type { APIPromise, RequestOptions } from '@ummah/core';
import type { Balance } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * Balance data of the account.
 *
 * @category Balance
 */
export class BalanceResource extends APIResource {
  /**
   * Retrieves the balance, per currency, in the smallest currency unit.
   * `GET /balance/`
   *
   * @example
   * const { balance } = await ummah.balance.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<Balance> {
    return this._call('balance.retrieve', {}, options);
  }
}
