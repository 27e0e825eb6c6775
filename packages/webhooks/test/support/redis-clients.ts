// The two Redis client libraries the store supports, each connected to a test server.
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import type { RedisClientLike } from '../../src/redis.js';

export interface ConnectedClient {
  readonly client: RedisClientLike;
  close(): Promise<void>;
}

/** `[name, connect]` for node-redis (v5) and ioredis. */
export const redisClients = [
  [
    'node-redis',
    async (url: string): Promise<ConnectedClient> => {
      const client = createClient({ url });
      await client.connect();
      return { client, close: async () => void client.destroy() };
    },
  ],
  [
    'ioredis',
    async (url: string): Promise<ConnectedClient> => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await client.connect();
      return { client, close: async () => client.disconnect() };
    },
  ],
] as const;
