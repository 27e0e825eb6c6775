// Where `createWebhookHandler` keeps the state of each event, shared by every instance that receives
// the provider's deliveries.
import type { ReplayStore } from './replay-guard-options.js';

/** What a store answers when a handler asks to process an event. */
export type LeaseResult =
  /** The event was new (or its previous lease ran out): this owner now holds its lease. */
  | { readonly state: 'acquired' }
  /** Another owner holds the lease; `retryAfterSeconds` is how long it still may (when the store knows). */
  | { readonly state: 'processing'; readonly retryAfterSeconds?: number }
  /** The event was processed within the last `ttlSeconds`. */
  | { readonly state: 'done' };

/**
 * The state of each event, keyed by its replay key: absent (new) → `processing` (a lease held by one
 * owner for `leaseSeconds`) → `done` (remembered for `ttlSeconds`). The three operations must each be
 * atomic across every instance that shares the store: that is what makes an event processed once.
 * `createMemoryReplayStore()` implements it for one process and `createRedisReplayStore(client)` (from
 * `@ummah/webhooks/redis`) for many; implement it over any store with conditional writes and expiry
 * (a Postgres row with `INSERT … ON CONFLICT` and an `expires_at` column, DynamoDB conditional puts with
 * a TTL attribute, a Durable Object per key). `owner` is a random token per delivery.
 *
 * @example
 * ```ts
 * // The contract, as one process would implement it (see createMemoryReplayStore for a complete one).
 * const records = new Map<string, { owner?: string; expires: number }>();
 * const live = (key: string) => {
 *   const record = records.get(key);
 *   return record && record.expires > Date.now() ? record : undefined;
 * };
 * const store: WebhookEventStore = {
 *   acquire(key, owner, leaseSeconds) {
 *     const record = live(key);
 *     if (record) return { state: record.owner === undefined ? 'done' : 'processing' };
 *     records.set(key, { owner, expires: Date.now() + leaseSeconds * 1000 });
 *     return { state: 'acquired' };
 *   },
 *   complete(key, owner, ttlSeconds) {
 *     const record = live(key);
 *     if (record && record.owner !== owner) return false;
 *     records.set(key, { expires: Date.now() + ttlSeconds * 1000 });
 *     return true;
 *   },
 *   release(key, owner) {
 *     return live(key)?.owner === owner && records.delete(key);
 *   },
 * };
 * ```
 */
export interface WebhookEventStore {
  /**
   * Take the lease on `key` for `owner` when the event is neither being processed nor done: record
   * `processing` by `owner`, expiring after `leaseSeconds` (which may be fractional), and answer
   * `acquired`. Otherwise change nothing and answer `processing` or `done`.
   */
  acquire(key: string, owner: string, leaseSeconds: number): LeaseResult | Promise<LeaseResult>;
  /**
   * Mark the event done for `ttlSeconds`, if `owner` still holds its lease or nobody does (the lease
   * ran out and no one took it over: the work is done all the same). When another owner holds it, or
   * it is already done, change nothing and answer `false`: a stale owner must never overwrite the
   * owner that took over.
   */
  complete(key: string, owner: string, ttlSeconds: number): boolean | Promise<boolean>;
  /**
   * Give the lease up after a failure, so the provider's retry is processed: delete the record if
   * `owner` holds the lease, and answer whether it did. Never deletes another owner's lease or a done
   * record.
   */
  release(key: string, owner: string): boolean | Promise<boolean>;
}

/** Options of `createMemoryReplayStore`. */
export interface MemoryReplayStoreOptions {
  /**
   * Most events kept; the least recently added are dropped first, and a dropped event is forgotten
   * (its next delivery is processed again): keep it above the events of one `ttlSeconds` window.
   * A whole number of at least 1.
   * @default 10000
   */
  maxEntries?: number;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: () => number;
}

/**
 * The in-process store: a replay guard's {@link ReplayStore} and a handler's
 * {@link WebhookEventStore} in one, for a single process. Every operation answers synchronously.
 */
export interface MemoryReplayStore extends ReplayStore, WebhookEventStore {
  add(key: string, ttlSeconds: number): boolean;
  delete(key: string): void;
  acquire(key: string, owner: string, leaseSeconds: number): LeaseResult;
  complete(key: string, owner: string, ttlSeconds: number): boolean;
  release(key: string, owner: string): boolean;
}
