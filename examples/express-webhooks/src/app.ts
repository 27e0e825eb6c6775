import {
  createReplayGuard,
  type ReplayGuard,
  type UmmahWebhookEvent,
  ummahEventObject,
  ummahEventType,
} from '@ummah/webhooks';
import { webhookMiddleware } from '@ummah/webhooks/express';
import express, { type ErrorRequestHandler, type Express } from 'express';

/** What the app does with a verified event; an order system would look the purchase up and fulfil it. */
export type EventHandler = (event: UmmahWebhookEvent) => void | Promise<void>;

/** Options of {@link createApp}. */
export interface WebhookAppOptions {
  /**
   * The webhook's public key (PEM), from `ummah.webhooks.create()`'s `public_key`, or the company key
   * from `GET /public_key/` for `success_callback` deliveries.
   */
  publicKey: string;
  /** Called once per verified delivery, before the app answers 200. A throw answers 500 (the gateway retries). */
  onEvent: EventHandler;
  /**
   * Remembers deliveries so a retried one is acknowledged without being processed again. With more
   * than one server process, give it a shared store (Redis, a database table).
   * @default createReplayGuard({ ttlSeconds: 36 * 3600 }), in memory
   */
  replayGuard?: ReplayGuard;
  /** Where failures of `onEvent` are reported. @default console.error */
  logError?: (error: unknown) => void;
}

/**
 * An Express 5 app with one route, `POST /webhooks/ummah`, that accepts only deliveries signed by the
 * gateway and answers 400 `{ error: { code, message } }` to anything else.
 *
 * @example
 * const app = createApp({ publicKey: process.env.UMMAH_WEBHOOK_PUBLIC_KEY!, onEvent: fulfil });
 * app.listen(3000);
 */
export function createApp(options: WebhookAppOptions): Express {
  // The gateway retries a delivery for up to 36 hours until it gets a 2xx.
  const replayGuard = options.replayGuard ?? createReplayGuard({ ttlSeconds: 36 * 3600 });
  const app = express();
  app.post(
    '/webhooks/ummah',
    // The signature covers the exact bytes sent, so the body must reach the verifier unparsed:
    // express.raw() keeps it as a Buffer. An app-wide express.json() must not run before this route.
    express.raw({ type: 'application/json', limit: '1mb' }),
    // Verifies X-Signature, sets req.webhookEvent; answers 400 to forgeries and 200 to duplicates.
    webhookMiddleware({ publicKey: options.publicKey, replayGuard }),
    async (req, res) => {
      const event = req.webhookEvent as UmmahWebhookEvent;
      try {
        await options.onEvent(event);
      } catch (error) {
        // Forget the delivery so the gateway's retry is processed, then let Express answer 500.
        const key = replayGuard.keyFor('ummah', req.headers, event);
        if (key !== undefined) await replayGuard.release(key);
        throw error;
      }
      res.json({ received: true, event_type: ummahEventType(event), id: ummahEventObject(event).id });
    },
  );
  // Failures answer a bare 500 (the gateway retries); the details go to the log, not to the caller.
  const onFailure: ErrorRequestHandler = (error, _req, res, _next) => {
    (options.logError ?? console.error)(error);
    res.status(500).json({ error: { code: 'PROCESSING_FAILED' } });
  };
  app.use(onFailure);
  return app;
}
