import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebhookMiddlewareOptions, webhookMiddleware } from '@ummah/webhooks/express';
import express from 'express';

/** A delivery that passed signature verification. */
export interface VerifiedEvent {
  readonly id: string;
  readonly type: string;
  readonly object: { readonly id: string; readonly status?: string };
  readonly signature: string;
}

/** The merchant's webhook endpoint: an Express app that verifies `X-Signature` before anything else. */
export interface WebhookReceiver {
  /** The URL to register as the webhook `callback`. */
  readonly url: string;
  /** Sets the PEM public key deliveries are verified with (`Webhook.public_key`). */
  trust(publicKey: string): void;
  /** Resolves with the first verified event of that type (rejects after `timeoutMs`). */
  waitFor(type: string, timeoutMs?: number): Promise<VerifiedEvent>;
  /** Number of deliveries refused by verification. */
  readonly rejected: number;
  close(): Promise<void>;
}

/** Starts the receiver on 127.0.0.1 with a free port. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const events: VerifiedEvent[] = [];
  const waiters: Array<{ type: string; resolve: (event: VerifiedEvent) => void }> = [];
  let verify: ReturnType<typeof webhookMiddleware> | undefined;
  let rejected = 0;

  const options = (publicKey: string): WebhookMiddlewareOptions => ({
    publicKey,
    onError: (error, _req, res) => {
      rejected += 1;
      res.statusCode = 400;
      res.end(error.code);
    },
  });

  const app = express();
  // No body parser: the middleware must see the raw bytes the signature covers.
  app.post('/webhooks/ummah', (req, res, next) => {
    if (!verify) {
      res.status(503).end();
      return;
    }
    verify(req, res, next);
  });
  app.post('/webhooks/ummah', (req, res) => {
    const event = req.webhookEvent as Omit<VerifiedEvent, 'signature'>;
    const verified = { ...event, signature: String(req.headers['x-signature'] ?? '') };
    events.push(verified);
    for (const waiter of waiters.filter((entry) => entry.type === event.type)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(verified);
    }
    res.sendStatus(200);
  });

  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks/ummah`,
    trust(publicKey) {
      verify = webhookMiddleware(options(publicKey));
    },
    waitFor(type, timeoutMs = 5_000) {
      const seen = events.find((event) => event.type === type);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no verified ${type} webhook within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          type,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
    get rejected() {
      return rejected;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
