import type { APIPromise, RequestOptions } from '@ummah/core';
import type { Balance, Turnover } from '@ummah/schema/ummah/types';
import { APIResource } from './api-resource.js';

/**
 * The company account: balance and turnover.
 *
 * @category Account
 */
export class AccountResource extends APIResource {
  /**
   * Retrieves the company balance, per currency.
   * `GET /account/json/balance/`
   */
  balance(options?: RequestOptions): APIPromise<Balance> {
    return this._call('account.balance', {}, options);
  }

  /**
   * Retrieves the company turnover, grouped by currency and period.
   * `GET /account/json/turnover/`
   *
   * @example
   * const { turnover } = await ummah.account.turnover();
   */
  turnover(options?: RequestOptions): APIPromise<Turnover> {
    return this._call('account.turnover', {}, options);
  }
}
