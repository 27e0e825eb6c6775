import { replayKey } from './replay-key.js';
import { createMemoryReplayStore } from './replay-store.js';
import type { ReplayGuard, ReplayGuardOptions } from './types/replay-guard-options.js';

/**
 * Create a replay guard.
 *
 * @example
 * ```ts
 * const replayGuard = createReplayGuard({ ttlSeconds: 36 * 3600 });
 * const event = await verifyWebhook({ payload, headers, publicKey, replayGuard });
 * // a second delivery of the same event throws WebhookVerificationError('DUPLICATE_DELIVERY')
 * ```
 */
export function createReplayGuard(options: ReplayGuardOptions = {}): ReplayGuard {
  const { ttlSeconds = 86_400, store = createMemoryReplayStore() } = options;
  // A NaN or negative window would make every entry look expired and let every replay through.
  if (!(ttlSeconds > 0 && Number.isFinite(ttlSeconds))) {
    throw new TypeError('createReplayGuard: ttlSeconds must be a positive, finite number of seconds.');
  }
  return {
    ttlSeconds,
    async claim(key) {
      return await store.add(key, ttlSeconds);
    },
    async release(key) {
      await store.delete(key);
    },
    keyFor: replayKey,
  };
}
