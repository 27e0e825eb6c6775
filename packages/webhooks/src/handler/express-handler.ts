// `createWebhookHandler` for Express and bare node:http servers, on the node:crypto build.
import type { ServerResponse } from 'node:http';
import { WebhookVerificationError } from '../errors.js';
import { verifyBackend } from '../internal/node-backend.js';
import { bodyLimit, readBody } from '../internal/node-body.js';
import type {
  ExpressHandlerContext,
  ExpressHandlerExtra,
  ExpressWebhookHandler,
} from '../types/express-handler.js';
import type { DefinedSchemeHandlerOptions, WebhookHandlerOptions } from '../types/webhook-handler-options.js';
import { createDeliveryHandler, type HandlerOptions } from './deliver.js';
import { type Reply, replyHeaders } from './reply.js';

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, replyHeaders(reply));
  res.end(JSON.stringify(reply.body));
}

/**
 * The Express flavour of the Web `createWebhookHandler`: the same options (plus `limit`, the largest
 * body it reads itself, default 1 MiB), the same answers, and `handle` also gets `req` in its context.
 * Mount it with `express.raw()` before it or with no body parser at all.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from '@ummah/webhooks/express';
 * import { createRedisReplayStore } from '@ummah/webhooks/redis';
 *
 * app.post(
 *   '/webhooks/ummah',
 *   createWebhookHandler({
 *     publicKey: process.env.UMMAH_WEBHOOK_PUBLIC_KEY!,
 *     store: createRedisReplayStore(redis),
 *     handle: async (event, { key }) => fulfil(event, key),
 *   }),
 * );
 * ```
 * @throws WebhookVerificationError `INVALID_OPTIONS` when an option is out of range
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions<ExpressHandlerContext, ExpressHandlerExtra>,
): ExpressWebhookHandler;
export function createWebhookHandler<Event>(
  options: DefinedSchemeHandlerOptions<Event, ExpressHandlerContext, ExpressHandlerExtra>,
): ExpressWebhookHandler;
export function createWebhookHandler(options: object): ExpressWebhookHandler {
  const { limit: requested, ...rest } = (options ?? {}) as HandlerOptions<ExpressHandlerContext> &
    ExpressHandlerExtra;
  const limit = bodyLimit(requested);
  const core = createDeliveryHandler<ExpressHandlerContext>(verifyBackend, rest);
  return (req, res, next) => {
    readBody(req, limit)
      .then(
        (payload) => core.deliver(payload, req.headers, { req }),
        (error: unknown) => {
          if (error instanceof WebhookVerificationError) return core.refuse(error);
          throw error;
        },
      )
      .then((reply) => send(res, reply))
      .catch((error: unknown) => {
        if (next) return next(error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
}
