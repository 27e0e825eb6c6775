import { type APIPromise, OperationResource, type RequestOptions } from '@ummah/core';
import type { Body, Response } from '../operation-types.js';

/** Webhook endpoints. */
export class WebhookEndpointsResource extends OperationResource {
  /** `POST /webhook-endpoints/{id}/test`: asks Plumaas to send a test event to the endpoint. */
  test(
    endpointId: string,
    params: Body<'webhookEndpoints.test'>,
    options?: RequestOptions,
  ): APIPromise<Response<'webhookEndpoints.test'>> {
    return this.caller.call(
      'webhookEndpoints.test',
      { pathParams: { id: endpointId }, body: params },
      options,
    );
  }
}
