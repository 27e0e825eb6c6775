import { type APIPromise, OperationResource, type RequestOptions } from '@ummah/core';
import type { Body, Response } from '../operation-types.js';

/** Charges: payment links. */
export class ChargesResource extends OperationResource {
  /** `POST /charges`: returns the charge with its `pay_url`, where to send the payer. */
  create(params: Body<'charges.create'>, options?: RequestOptions): APIPromise<Response<'charges.create'>> {
    return this.caller.call('charges.create', { body: params }, options);
  }
}
