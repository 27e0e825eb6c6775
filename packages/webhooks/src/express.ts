// Express (and plain node:http) middleware and handler. Node only: they use the node:crypto build.
import type { ServerResponse } from 'node:http';
import { WebhookVerificationError } from './errors.js';
import { verifyBackend } from './internal/node-backend.js';
import { bodyLimit, readBody } from './internal/node-body.js';
import type { WebhookRequest } from './types/express-handler.js';
import type { VerifyRequestOptions, VerifyWebhookOptions } from './types/verify-options.js';
import { verifyWith } from './verify.js';

declare global {
  // Express declares its Request type in this global namespace; augmenting it types req.webhookEvent.
  namespace Express {
    interface Request {
      /** The verified event, set by `webhookMiddleware`. */
      webhookEvent?: unknown;
    }
  }
}

/** Options of {@link webhookMiddleware}: verification options plus body handling. */
export type WebhookMiddlewareOptions = VerifyRequestOptions & {
  /** Largest body read when no body parser ran, in bytes. @default 1048576 */
  limit?: number;
  /**
   * Answer a refused delivery yourself. By default the middleware responds 400 with
   * `{ "error": { "code", "message" } }`, and 200 for `DUPLICATE_DELIVERY` (the provider should stop retrying).
   */
  onError?: (error: WebhookVerificationError, req: WebhookRequest, res: ServerResponse) => void;
};

function respond(error: WebhookVerificationError, res: ServerResponse): void {
  const duplicate = error.code === 'DUPLICATE_DELIVERY';
  res.statusCode = duplicate ? 200 : 400;
  res.setHeader('content-type', 'application/json');
  res.end(
    JSON.stringify(
      duplicate
        ? { received: true, duplicate: true }
        : { error: { code: error.code, message: error.message } },
    ),
  );
}

/**
 * Middleware that verifies a webhook delivery, sets `req.webhookEvent`, and calls `next()`. It works with
 * `express.raw()` mounted before it or with no body parser at all (it then reads the body itself).
 *
 * @example
 * ```ts
 * import { webhookMiddleware } from '@ummah/webhooks/express';
 * app.post('/webhooks/ummah', webhookMiddleware({ publicKey: process.env.UMMAH_WEBHOOK_PUBLIC_KEY! }), (req, res) => {
 *   const event = req.webhookEvent as UmmahWebhookEvent;
 *   res.sendStatus(200);
 * });
 * ```
 */
export function webhookMiddleware(
  options: WebhookMiddlewareOptions,
): (req: WebhookRequest, res: ServerResponse, next: (error?: unknown) => void) => void {
  const { onError, ...verifyOptions } = options;
  const limit = bodyLimit(options.limit);
  return (req, res, next) => {
    readBody(req, limit)
      .then((payload) =>
        verifyWith(verifyBackend, {
          ...verifyOptions,
          payload,
          headers: req.headers,
        } as VerifyWebhookOptions),
      )
      .then(
        (event) => {
          req.webhookEvent = event;
          next();
        },
        (error: unknown) => {
          if (!(error instanceof WebhookVerificationError)) return next(error);
          if (onError) onError(error, req, res);
          else respond(error, res);
        },
      )
      // A throwing `next` or `onError` must reach Express's error handling, not hang the request.
      .catch(next);
  };
}

export { createWebhookHandler } from './handler/express-handler.js';
export type {
  ExpressHandlerContext,
  ExpressHandlerExtra,
  ExpressWebhookHandler,
  WebhookRequest,
} from './types/express-handler.js';
export { WebhookVerificationError };
