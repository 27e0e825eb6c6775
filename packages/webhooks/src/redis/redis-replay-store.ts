import type { RedisClientLike, RedisReplayStore, RedisReplayStoreOptions } from '../types/redis-store.js';
import { LEASE_SCRIPT } from './lease-script.js';
import { commandSender, scriptRunner } from './redis-commands.js';

/** Whole milliseconds for `PX`, at least 1. */
function ms(seconds: number): string {
  return String(Math.max(1, Math.ceil(seconds * 1000)));
}

/**
 * A store shared by every instance through Redis: each event's lease and completion are one Lua script
 * each, so two instances never both process an event and an instance whose lease ran out never marks
 * done an event another instance took over. Pass it to `createWebhookHandler({ store })`, or to
 * `createReplayGuard({ store })` for plain deduplication. Works with node-redis v4/v5 and ioredis
 * clients (not dependencies of this package: bring your own, connected).
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { createWebhookHandler } from '@ummah/webhooks';
 * import { createRedisReplayStore } from '@ummah/webhooks/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const handler = createWebhookHandler({
 *   scheme: 'plumaas',
 *   secret: process.env.PLUMAAS_WEBHOOK_SECRET!,
 *   store: createRedisReplayStore(redis),
 *   handle: async (event) => fulfil(event),
 * });
 * ```
 * @throws TypeError when `client` is neither a node-redis nor an ioredis client
 */
export function createRedisReplayStore(
  client: RedisClientLike,
  options: RedisReplayStoreOptions = {},
): RedisReplayStore {
  const send = commandSender(client);
  const run = scriptRunner(send, LEASE_SCRIPT);
  const { prefix = 'ummah:webhook:' } = options;
  const lease = (operation: string, key: string, owner: string, seconds = 0) =>
    run([prefix + key], [operation, owner, ms(seconds)]);

  return {
    async acquire(key, owner, leaseSeconds) {
      const [state, pttl] = (await lease('acquire', key, owner, leaseSeconds)) as [unknown, unknown];
      if (Number(state) === 0) return { state: 'acquired' };
      if (Number(state) === 2) return { state: 'done' };
      const remaining = Number(pttl);
      return remaining > 0
        ? { state: 'processing', retryAfterSeconds: Math.ceil(remaining / 1000) }
        : { state: 'processing' };
    },
    async complete(key, owner, ttlSeconds) {
      return Number(await lease('complete', key, owner, ttlSeconds)) === 1;
    },
    async release(key, owner) {
      return Number(await lease('release', key, owner)) === 1;
    },
    async add(key, ttlSeconds) {
      return (await send(['SET', prefix + key, 'done', 'PX', ms(ttlSeconds), 'NX'])) === 'OK';
    },
    async delete(key) {
      await send(['DEL', prefix + key]);
    },
  };
}
