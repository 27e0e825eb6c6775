// Express (and plain node:http) middleware. Node only: it uses the node:crypto build.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, WebhookVerificationError } from './errors.js';
import { verifyBackend } from './internal/node-backend.js';
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

/** The request as the middleware sees it: Express's `req`, or a bare `IncomingMessage`. */
export interface WebhookRequest extends IncomingMessage {
  body?: unknown;
  webhookEvent?: unknown;
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

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0
  );
}

function readBody(req: WebhookRequest, limit: number): Promise<Uint8Array | string> {
  const { body } = req;
  if (body instanceof Uint8Array) return Promise.resolve(body);
  // A string body is a decoded copy: express.text() may have replaced invalid UTF-8, and
  // express.json({ strict: false }) turns a JSON string literal into its contents. Neither is what was
  // signed, so only express.raw() (a Buffer) or no parser at all is accepted.
  if (typeof body === 'string') {
    return Promise.reject(
      new WebhookVerificationError(
        'PAYLOAD_PARSED',
        "req.body is a string (express.text() or express.json()?); mount express.raw({ type: 'application/json' }) or no parser before this middleware.",
      ),
    );
  }
  // Express 4 body parsers set `{}` before checking the content type; an unread stream means no parser ran.
  const unread = !req.readableEnded;
  const untouched = body === undefined || (unread && isEmptyObject(body));
  if (!untouched) {
    return Promise.reject(
      new WebhookVerificationError(
        'PAYLOAD_PARSED',
        "req.body was already parsed (express.json()?); mount express.raw({ type: 'application/json' }) or no parser before this middleware.",
      ),
    );
  }
  if (!unread) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new WebhookVerificationError('INVALID_PAYLOAD', `The body exceeds the ${limit}-byte limit.`));
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

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
  const { limit = 1_048_576, onError, ...verifyOptions } = options;
  if (!Number.isFinite(limit) || limit < 0)
    fail('INVALID_OPTIONS', 'limit must be a non-negative number of bytes.');
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

export { WebhookVerificationError };
