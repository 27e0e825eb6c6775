import type { SchemeName } from '../schemes/builtin.js';
import type { HmacScheme } from '../schemes/hmac-scheme.js';
import type { HeadersInput } from './delivery.js';

/**
 * Where the replay guard remembers deliveries. Implement it over Redis, a database or a KV store;
 * `add` must be atomic (Redis `SET key 1 NX EX ttl`) so two concurrent deliveries cannot both win.
 *
 * @example
 * ```ts
 * const store: ReplayStore = {
 *   add: async (key, ttl) => (await redis.set(`webhook:${key}`, '1', { NX: true, EX: ttl })) === 'OK',
 *   delete: async (key) => void (await redis.del(`webhook:${key}`)),
 * };
 * ```
 */
export interface ReplayStore {
  /** Record `key` for `ttlSeconds` unless already present; resolve `true` when it was new. */
  add(key: string, ttlSeconds: number): boolean | Promise<boolean>;
  /** Forget `key`, so a delivery whose processing failed is accepted when the provider retries it. */
  delete(key: string): void | Promise<void>;
}

/** Options of {@link createReplayGuard}. */
export interface ReplayGuardOptions {
  /** How long a delivery id is remembered. The gateway retries for up to 36 hours. @default 86400 */
  ttlSeconds?: number;
  /** Where ids are kept. @default createMemoryReplayStore() */
  store?: ReplayStore;
}

/** Deduplicates deliveries by event or delivery id. Pass it as `replayGuard` to `verifyWebhook`. */
export interface ReplayGuard {
  /** Seconds an id is remembered. */
  readonly ttlSeconds: number;
  /** Claim an id; resolves `false` when it was already claimed within the TTL. */
  claim(key: string): Promise<boolean>;
  /** Release an id after failed processing, so the provider's retry is accepted. */
  release(key: string): Promise<void>;
  /**
   * The key a verified delivery is deduplicated by, namespaced by scheme and made of signed material
   * only, so re-spelling a captured delivery's headers never yields a new key: the id header where the
   * signature covers it (`webhook-id`), else the event's `id`; gateway callbacks are the object itself,
   * so their key combines event name, object id and update time (a purchase can fail payment twice: two
   * events, while a retried delivery repeats all three). A delivery without an id is keyed by a SHA-256
   * of its signed timestamp and its event. Pass the headers and the event as the delivery had them. The
   * built-in guard always returns a key; a custom guard may return `undefined` to skip deduplication.
   *
   * @example
   * ```ts
   * try { await fulfil(event); } catch (error) {
   *   await replayGuard.release(replayGuard.keyFor('ummah', req.headers, event)!);  // let the retry through
   *   throw error;
   * }
   * ```
   */
  keyFor(scheme: SchemeName | HmacScheme<unknown>, headers: HeadersInput, event: unknown): string | undefined;
}
