import { type APIPromise, OperationResource, type RequestOptions } from '@ummah/core';
import type { Body, Response } from '../operation-types.js';

/** Refunds. */
export class RefundsResource extends OperationResource {
  /** `POST /refunds` (assumed path). With `reason: 'other'`, `description` is required (refused before sending). */
  create(params: Body<'refunds.create'>, options?: RequestOptions): APIPromise<Response<'refunds.create'>> {
    return this.caller.call('refunds.create', { body: params }, options);
  }
}
