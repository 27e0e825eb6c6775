// Starts one instance: `UMMAH_WEBHOOK_PUBLIC_KEY='-----BEGIN PUBLIC KEY-----…' REDIS_URL=redis://… pnpm start`.
// Start as many as you like behind a load balancer, all with the same REDIS_URL.
import type { AddressInfo } from 'node:net';
import {
  createMemoryReplayStore,
  ummahEventObject,
  ummahEventType,
  type WebhookEventStore,
} from '@ummah/webhooks';
import { createRedisReplayStore } from '@ummah/webhooks/redis';
import { createClient } from 'redis';
import { createApp } from './app.js';

const publicKey = process.env.UMMAH_WEBHOOK_PUBLIC_KEY;
if (!publicKey) {
  console.error('Set UMMAH_WEBHOOK_PUBLIC_KEY to the public_key of your webhook (PEM).');
  process.exit(1);
}

/** The shared store: Redis when REDIS_URL is set, else this process's memory (one instance only). */
async function sharedStore(url: string | undefined): Promise<WebhookEventStore> {
  if (!url) {
    console.warn('REDIS_URL is not set: events are deduplicated within this process only.');
    return createMemoryReplayStore();
  }
  const redis = createClient({ url });
  await redis.connect();
  return createRedisReplayStore(redis);
}

const store = await sharedStore(process.env.REDIS_URL);
const app = createApp({
  publicKey,
  store,
  fulfil: async (event, key) => {
    console.log(
      `${ummahEventType(event) ?? 'unknown event'} for ${String(ummahEventObject(event).id)} (${key})`,
    );
  },
});
const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Listening for Ummah webhooks on http://127.0.0.1:${port}/webhooks/ummah`);
});
