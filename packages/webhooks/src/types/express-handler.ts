// The Node request as the Express middleware and handler see it, and the Express handler's own types.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The request as the Express adapters see it: Express's `req`, or a bare `IncomingMessage`. */
export interface WebhookRequest extends IncomingMessage {
  body?: unknown;
  webhookEvent?: unknown;
}

/** An Express request handler; without `next`, unexpected errors are answered 500. */
export type ExpressWebhookHandler = (
  req: WebhookRequest,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** What the Express handler adds to `handle`'s context. */
export interface ExpressHandlerContext {
  /** The delivery's request (its body already read). */
  readonly req: WebhookRequest;
}

/** The Express handler's own option. */
export interface ExpressHandlerExtra {
  /** Largest body read when no body parser ran, in bytes. @default 1048576 */
  limit?: number;
}
