import type { MemoryReplayStoreOptions, ReplayStore } from './types/replay-guard-options.js';

/**
 * In-process store with expiry and a size cap (LRU by insertion). Fine for one server; use a shared
 * store when several instances receive webhooks.
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): ReplayStore {
  const { maxEntries = 10_000, now = Date.now } = options;
  const expiries = new Map<string, number>();
  return {
    add(key, ttlSeconds) {
      const time = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > time) return false;
      expiries.delete(key);
      // Map iteration order is insertion order, so the first entries are the oldest.
      for (const [oldKey, oldExpiry] of expiries) {
        if (expiries.size < maxEntries && oldExpiry > time) break;
        expiries.delete(oldKey);
      }
      expiries.set(key, time + ttlSeconds * 1000);
      return true;
    },
    delete(key) {
      expiries.delete(key);
    },
  };
}
