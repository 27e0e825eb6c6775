import { type APIPromise, OperationResource, type RequestOptions } from '@ummah/core';
import type { Body, Response } from '../operation-types.js';

/** Checkout sessions. */
export class CheckoutSessionsResource extends OperationResource {
  /** `POST /checkout_sessions` (assumed path): returns the session with the URL to send the payer to. */
  create(
    params: Body<'checkoutSessions.create'>,
    options?: RequestOptions,
  ): APIPromise<Response<'checkoutSessions.create'>> {
    return this.caller.call('checkoutSessions.create', { body: params }, options);
  }
}
