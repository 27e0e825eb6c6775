// `@ummah/webhooks/redis`: the Redis store, a separate entry so that neither it nor a Redis client ever
// enters a bundle that only verifies.
export { createRedisReplayStore } from './redis/redis-replay-store.js';
export type {
  IoRedisClientLike,
  NodeRedisClientLike,
  RedisClientLike,
  RedisReplayStore,
  RedisReplayStoreOptions,
} from './types/redis-store.js';
export type { LeaseResult, WebhookEventStore } from './types/webhook-event-store.js';
