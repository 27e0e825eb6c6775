// The Redis store of `@ummah/webhooks/redis` and the clients it accepts. The clients are described by
// the one method the store calls on each, so that neither client library is a dependency of this package.
import type { ReplayStore } from './replay-guard-options.js';
import type { LeaseResult, WebhookEventStore } from './webhook-event-store.js';

/**
 * A node-redis client, v4 or v5 (`createClient()` from `redis` or `@redis/client`), connected.
 * Only `sendCommand` is used. A node-redis cluster (`createCluster()`) sends commands differently and is
 * not supported; with Redis Cluster, use an ioredis `Cluster`.
 */
export interface NodeRedisClientLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * An ioredis client (`new Redis()`) or cluster (`new Redis.Cluster()`). Only `call` is used; it is also
 * how the two kinds of client are told apart.
 */
export interface IoRedisClientLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** Either Redis client. */
export type RedisClientLike = NodeRedisClientLike | IoRedisClientLike;

/** Options of `createRedisReplayStore`. */
export interface RedisReplayStoreOptions {
  /**
   * Prefix of every key the store writes, so that several applications can share one database.
   * @default 'ummah:webhook:'
   */
  prefix?: string;
}

/** The Redis store: a handler's {@link WebhookEventStore} and a replay guard's {@link ReplayStore}. */
export interface RedisReplayStore extends WebhookEventStore, ReplayStore {
  acquire(key: string, owner: string, leaseSeconds: number): Promise<LeaseResult>;
  complete(key: string, owner: string, ttlSeconds: number): Promise<boolean>;
  release(key: string, owner: string): Promise<boolean>;
  add(key: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
}
