import type {
  LeaseResult,
  MemoryReplayStore,
  MemoryReplayStoreOptions,
} from './types/webhook-event-store.js';

/** One event: `processing` while `owner` is set, `done` once it is not; forgotten after `expires`. */
interface Entry {
  owner: string | undefined;
  expires: number;
}

/**
 * In-process store with expiry and a size cap (the least recently added events are dropped first). It
 * serves a replay guard (`createReplayGuard({ store })`) and `createWebhookHandler` alike, within one
 * process; when several instances receive webhooks, use a shared store such as
 * `createRedisReplayStore` from `@ummah/webhooks/redis`.
 *
 * @example
 * ```ts
 * const store = createMemoryReplayStore({ maxEntries: 50_000 });
 * const handler = createWebhookHandler({ scheme: 'plumaas', secret, store, handle: fulfil });
 * ```
 * @throws TypeError when `maxEntries` is not a whole number of at least 1 (a cap of 0 or NaN would
 * silently switch replay protection off)
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): MemoryReplayStore {
  const { maxEntries = 10_000, now = Date.now } = options;
  if (!(Number.isInteger(maxEntries) && maxEntries >= 1)) {
    throw new TypeError('createMemoryReplayStore: maxEntries must be a whole number of at least 1.');
  }
  const entries = new Map<string, Entry>();

  /** The live entry of `key`; expired entries are dropped on the way. */
  function live(key: string, time: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry !== undefined && entry.expires <= time) entries.delete(key);
    return entry !== undefined && entry.expires > time ? entry : undefined;
  }

  function put(key: string, owner: string | undefined, seconds: number, time: number): void {
    entries.delete(key);
    // Map iteration order is insertion order, so the first entries are the oldest.
    for (const [oldKey, old] of entries) {
      if (entries.size < maxEntries && old.expires > time) break;
      entries.delete(oldKey);
    }
    entries.set(key, { owner, expires: time + seconds * 1000 });
  }

  return {
    add(key, ttlSeconds) {
      const time = now();
      if (live(key, time)) return false;
      put(key, undefined, ttlSeconds, time);
      return true;
    },
    delete(key) {
      entries.delete(key);
    },
    acquire(key, owner, leaseSeconds): LeaseResult {
      const time = now();
      const entry = live(key, time);
      if (entry?.owner !== undefined) {
        return { state: 'processing', retryAfterSeconds: Math.ceil((entry.expires - time) / 1000) };
      }
      if (entry) return { state: 'done' };
      put(key, owner, leaseSeconds, time);
      return { state: 'acquired' };
    },
    complete(key, owner, ttlSeconds) {
      const time = now();
      const entry = live(key, time);
      if (entry && entry.owner !== owner) return false;
      put(key, undefined, ttlSeconds, time);
      return true;
    },
    release(key, owner) {
      const time = now();
      if (live(key, time)?.owner !== owner) return false;
      entries.delete(key);
      return true;
    },
  };
}
