import type Ummah from '@ummah/payments';
import { type UmmahWebhookEvent, verifyWebhook, WebhookVerificationError } from '@ummah/webhooks';
import { createPublicKeyCache, PublicKeyFetchError } from '@ummah/webhooks/keys';
import express, { type Express } from 'express';

/** Options of {@link createApp}. */
export interface VerifyAppOptions {
  /** The API client; its `publicKey.retrieve()` reads the company key that signs `success_callback`s. */
  ummah: Pick<Ummah, 'publicKey'>;
  /** Called once per verified delivery, before the app answers 200. A throw answers 500 (the gateway retries). */
  onEvent: (event: UmmahWebhookEvent) => void | Promise<void>;
  /**
   * Least time between two key fetches; a burst of forged deliveries cannot make the app fetch more often.
   * @default 60000
   */
  keyCooldownMs?: number;
}

/**
 * An Express 5 app with one route, `POST /callbacks/ummah`, whose handler verifies the delivery itself
 * with `verifyWebhook` (no middleware), so it decides how each outcome is answered.
 *
 * @example
 * const app = createApp({ ummah: new Ummah(process.env.UMMAH_SECRET_KEY), onEvent: fulfil });
 * app.listen(3000);
 */
export function createApp(options: VerifyAppOptions): Express {
  // Fetched on the first delivery, then cached; refetched once when a delivery fails to verify with it,
  // which is how a rotated key is picked up without a restart.
  const publicKey = createPublicKeyCache({
    fetchKey: () => options.ummah.publicKey.retrieve(),
    cooldownMs: options.keyCooldownMs,
  });
  const app = express();
  // express.raw() keeps the exact bytes the gateway signed; express.json() would re-serialise them.
  app.post('/callbacks/ummah', express.raw({ type: 'application/json', limit: '1mb' }), async (req, res) => {
    let event: UmmahWebhookEvent;
    try {
      event = await verifyWebhook({ payload: req.body, headers: req.headers, publicKey });
    } catch (error) {
      // Forged, tampered or malformed: 400, and the code says which.
      if (error instanceof WebhookVerificationError) {
        res.status(400).json({ error: { code: error.code } });
        return;
      }
      // The key could not be fetched: not the sender's fault; 503 makes the gateway retry later.
      if (error instanceof PublicKeyFetchError) {
        res.status(503).json({ error: { code: error.code } });
        return;
      }
      throw error;
    }
    await options.onEvent(event);
    res.json({ received: true });
  });
  return app;
}
