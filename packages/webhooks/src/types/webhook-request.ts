// A Node request as the Express middleware and handler see it.
import type { IncomingMessage } from 'node:http';

/** The request as the Express adapters see it: Express's `req`, or a bare `IncomingMessage`. */
export interface WebhookRequest extends IncomingMessage {
  body?: unknown;
  webhookEvent?: unknown;
}
