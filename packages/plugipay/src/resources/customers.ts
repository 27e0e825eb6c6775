import { type APIPromise, OperationResource, type RequestOptions } from '@ummah/core';
import type { Body, Response } from '../operation-types.js';

/** Customers. */
export class CustomersResource extends OperationResource {
  /** `POST /customers` (assumed path). */
  create(
    params: Body<'customers.create'>,
    options?: RequestOptions,
  ): APIPromise<Response<'customers.create'>> {
    return this.caller.call('customers.create', { body: params }, options);
  }
}
