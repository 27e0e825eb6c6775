import type { UmmahWebhookEvent, WebhookEventStore } from '@ummah/webhooks';
import { createWebhookHandler } from '@ummah/webhooks/express';
import express, { type Express } from 'express';

/** Options of {@link createApp}. */
export interface WebhookAppOptions {
  /** The webhook's public key (PEM), from `ummah.webhooks.create()`'s `public_key`. */
  publicKey: string;
  /**
   * Where every instance records which events it holds and which are done: the same store for all of
   * them (`createRedisReplayStore(redis)` in src/server.ts).
   */
  store: WebhookEventStore;
  /**
   * Fulfils one event, once. `key` is the event's identity across deliveries and instances: use it as
   * the idempotency key of what you do. Throw to have the gateway retry the event.
   */
  fulfil: (event: UmmahWebhookEvent, key: string) => Promise<void>;
  /** Where refusals and failures are reported. @default console.error */
  log?: (message: string, details: object) => void;
}

/**
 * One instance of the webhook receiver: `POST /webhooks/ummah` verifies the gateway's signature and
 * fulfils each event exactly once across every instance that shares `store`.
 *
 * @example
 * const app = createApp({ publicKey, store: createRedisReplayStore(redis), fulfil: shipOrder });
 * app.listen(3000);
 */
export function createApp(options: WebhookAppOptions): Express {
  const log = options.log ?? ((message, details) => console.error(message, details));
  const app = express();
  app.post(
    '/webhooks/ummah',
    createWebhookHandler({
      publicKey: options.publicKey,
      store: options.store,
      // Longer than the slowest fulfilment: an instance that dies holds the event this long.
      leaseSeconds: 30,
      // The gateway retries a delivery for up to 36 hours.
      ttlSeconds: 36 * 3600,
      handle: (event, { key }) => options.fulfil(event, key),
      onError: (error, { key }) => log(`webhook ${error.code}`, { key, cause: error.cause }),
    }),
  );
  return app;
}
