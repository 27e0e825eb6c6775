import { WebhookVerificationError } from '../errors.js';
import type { VerifyBackend } from '../internal/backend.js';
import type { WebHandlerContext, WebhookRequestHandler } from '../types/webhook-handler-options.js';
import { createDeliveryHandler, type HandlerOptions } from './deliver.js';
import { toResponse } from './reply.js';

/** `createWebhookHandler` for fetch `Request`s, with the given crypto backend. */
export function createWebHandler(
  backend: VerifyBackend,
  options: HandlerOptions<WebHandlerContext>,
): WebhookRequestHandler {
  const core = createDeliveryHandler<WebHandlerContext>(backend, options);
  return async (request) => {
    if (request.bodyUsed) {
      const error = new WebhookVerificationError('PAYLOAD_PARSED', 'The request body was already read.');
      return toResponse(core.refuse(error));
    }
    const payload = new Uint8Array(await request.arrayBuffer());
    return toResponse(await core.deliver(payload, request.headers, { request }));
  };
}
