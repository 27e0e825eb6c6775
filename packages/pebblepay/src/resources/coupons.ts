import { type APIPromise, OperationResource, type PagePromise, type RequestOptions } from '@ummah/core';
import type { Body, Item, Query, Response } from '../operation-types.js';

/** Coupons. */
export class CouponsResource extends OperationResource {
  /** `GET /coupons`: await for one page, or `for await` over every coupon. */
  list(query?: Query<'coupons.list'>, options?: RequestOptions): PagePromise<Item<'coupons.list'>> {
    return this.caller.callPage<Item<'coupons.list'>>('coupons.list', { query }, options);
  }

  /** `POST /coupons`. */
  create(params: Body<'coupons.create'>, options?: RequestOptions): APIPromise<Response<'coupons.create'>> {
    return this.caller.call('coupons.create', { body: params }, options);
  }

  /** `GET /coupons/{id}`. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Response<'coupons.retrieve'>> {
    return this.caller.call('coupons.retrieve', { pathParams: { id } }, options);
  }

  /** `PUT /coupons/{id}`; `code`, `discount_type` and `discount_value` cannot be changed. */
  update(
    id: string,
    params: Body<'coupons.update'>,
    options?: RequestOptions,
  ): APIPromise<Response<'coupons.update'>> {
    return this.caller.call('coupons.update', { pathParams: { id }, body: params }, options);
  }

  /** `DELETE /coupons/{id}`. */
  delete(id: string, options?: RequestOptions): APIPromise<Response<'coupons.delete'>> {
    return this.caller.call('coupons.delete', { pathParams: { id } }, options);
  }
}
