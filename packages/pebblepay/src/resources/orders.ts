import { type APIPromise, OperationResource, type PagePromise, type RequestOptions } from '@ummah/core';
import type { Body, Item, Query, Response } from '../operation-types.js';

/** Orders: checkout sessions, offset-paged lists, refunds. */
export class OrdersResource extends OperationResource {
  /** `GET /orders`: await for one page, or `for await` over every order (pages by `limit`/`offset`). */
  list(query?: Query<'orders.list'>, options?: RequestOptions): PagePromise<Item<'orders.list'>> {
    return this.caller.callPage<Item<'orders.list'>>('orders.list', { query }, options);
  }

  /** `POST /orders`: a checkout for 0.50 to 50,000 USD; returns where to send the customer. */
  create(params: Body<'orders.create'>, options?: RequestOptions): APIPromise<Response<'orders.create'>> {
    return this.caller.call('orders.create', { body: params }, options);
  }

  /** `GET /orders/{id}`. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Response<'orders.retrieve'>> {
    return this.caller.call('orders.retrieve', { pathParams: { id } }, options);
  }

  /** `POST /orders/{id}/refund`, with an optional reason. */
  refund(
    id: string,
    params?: Body<'orders.refund'>,
    options?: RequestOptions,
  ): APIPromise<Response<'orders.refund'>> {
    return this.caller.call('orders.refund', { pathParams: { id }, body: params }, options);
  }
}
