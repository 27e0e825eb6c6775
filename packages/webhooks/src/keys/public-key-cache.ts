import type { HashName, PublicKeyInput, PublicKeySource, WebCryptoKey } from '../types/keys.js';
import { type FetchedPublicKey, importPublicKey } from './import-public-key.js';
import { PublicKeyFetchError } from './public-key-fetch-error.js';

/** Options of {@link createPublicKeyCache}. */
export interface PublicKeyCacheOptions {
  /**
   * Fetches the current public key: `() => ummah.publicKey.retrieve()`, a function from
   * {@link gatewayPublicKey} or {@link webhookPublicKey}, or any function resolving PEM text, the
   * `{ public_key }` object, a JWK or a `CryptoKey`. It is called once at first use and again only when
   * a delivery fails to verify with the cached key, at most once per `cooldownMs`.
   */
  fetchKey: () => PromiseLike<FetchedPublicKey> | FetchedPublicKey;
  /**
   * The least time between two fetches, in milliseconds. Forged deliveries fail verification too, so
   * without it anyone could make the cache fetch from the gateway on every request; within the cooldown
   * a failing delivery is refused with the cached key. It also spaces out retries after a failed fetch.
   * @default 60000
   */
  cooldownMs?: number;
  /** Digest the key verifies with; the platform's payout webhooks use SHA-512. @default 'SHA-256' */
  algorithm?: HashName;
  /** Clock in epoch milliseconds, for tests. @default Date.now */
  now?: () => number;
}

/** A cached, self-refreshing public key; pass it as `publicKey` to `verifyWebhook` and friends. */
export interface PublicKeyCache extends PublicKeySource {
  /** The cached key, fetched on first use. Rejects with {@link PublicKeyFetchError} when none can be had. */
  get(): Promise<WebCryptoKey>;
  /**
   * Fetches the key again unless the last fetch started less than `cooldownMs` ago (then resolves the
   * cached key). Concurrent calls share one fetch.
   */
  refresh(): Promise<WebCryptoKey>;
}

const DEFAULT_COOLDOWN_MS = 60_000;

/** A failure that a fresh key could cure. Recognised by name and code, so copies of the package agree. */
function isMismatch(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'WebhookVerificationError' && code === 'SIGNATURE_MISMATCH';
}

/**
 * Keep the gateway's public key without restarting when it rotates. The key is fetched on first use and
 * cached; when a delivery fails with `SIGNATURE_MISMATCH` under the cached key, the cache fetches the key
 * once more and, if it changed, verifies that delivery again with the new key. Fetches are at least
 * `cooldownMs` apart and concurrent callers share one, so a burst of forged deliveries costs the gateway
 * at most one request per cooldown. Keys are imported once (with `jose`) into a
 * `CryptoKey` that every runtime verifies with.
 *
 * The company key (`GET /public_key/`) verifies purchase `success_callback` deliveries; a webhook's own
 * `public_key` verifies that webhook's deliveries: keep one cache per key.
 *
 * @example
 * ```ts
 * import { verifyWebhook } from '@ummah/webhooks';
 * import { createPublicKeyCache, gatewayPublicKey } from '@ummah/webhooks/keys';
 *
 * const publicKey = createPublicKeyCache({
 *   fetchKey: gatewayPublicKey({ apiKey: process.env.UMMAH_SECRET_KEY! }),
 * });
 * // or, with the API client: createPublicKeyCache({ fetchKey: () => ummah.publicKey.retrieve() })
 *
 * const event = await verifyWebhook({ payload: rawBody, headers: req.headers, publicKey });
 * ```
 * @throws PublicKeyFetchError (from `get`, `refresh` and verification) when no key can be fetched
 */
export function createPublicKeyCache(options: PublicKeyCacheOptions): PublicKeyCache {
  const { fetchKey, cooldownMs = DEFAULT_COOLDOWN_MS, algorithm = 'SHA-256', now = Date.now } = options;
  if (typeof fetchKey !== 'function')
    throw new TypeError('createPublicKeyCache: fetchKey must be a function.');
  if (!(cooldownMs >= 0)) throw new RangeError('createPublicKeyCache: cooldownMs must be a number >= 0.');
  if (algorithm !== 'SHA-256' && algorithm !== 'SHA-512') {
    throw new RangeError('createPublicKeyCache: algorithm must be SHA-256 or SHA-512.');
  }

  let current: WebCryptoKey | undefined;
  let inFlight: Promise<WebCryptoKey> | undefined;
  let lastFetch = Number.NEGATIVE_INFINITY;
  let lastError: PublicKeyFetchError | undefined;

  function fetchNow(): Promise<WebCryptoKey> {
    lastFetch = now();
    inFlight = (async () => {
      let fetched: FetchedPublicKey;
      try {
        fetched = await fetchKey();
      } catch (cause) {
        throw cause instanceof PublicKeyFetchError
          ? cause
          : new PublicKeyFetchError('KEY_FETCH_FAILED', 'The public key could not be fetched.', { cause });
      }
      return importPublicKey(fetched, algorithm);
    })().then(
      (key) => {
        current = key;
        lastError = undefined;
        inFlight = undefined;
        return key;
      },
      (error: PublicKeyFetchError) => {
        // The previous key, if any, stays: a failed refetch must not stop genuine deliveries verifying.
        lastError = error;
        inFlight = undefined;
        throw error;
      },
    );
    // Nothing starts another fetch while this one is in flight (every caller joins it), so clearing
    // `inFlight` when it settles can never clear a newer fetch.
    return inFlight;
  }

  const cooling = () => now() - lastFetch < cooldownMs;

  function get(): Promise<WebCryptoKey> {
    if (current) return Promise.resolve(current);
    if (inFlight) return inFlight;
    // Without a key every delivery would fetch; after a failure, wait out the cooldown first.
    if (lastError && cooling()) return Promise.reject(lastError);
    return fetchNow();
  }

  /** A fresh key after `stale` failed: shared, and at most one fetch per cooldown. */
  function refreshAfter(stale: WebCryptoKey | undefined): Promise<WebCryptoKey> {
    if (inFlight) return inFlight;
    // Another caller already replaced the key that failed: use theirs.
    if (current && current !== stale) return Promise.resolve(current);
    if (cooling()) return current ? Promise.resolve(current) : get();
    return fetchNow();
  }

  return {
    get,
    refresh: () => refreshAfter(current),
    async useKey<T>(verify: (key: PublicKeyInput) => T | Promise<T>): Promise<T> {
      const key = await get();
      try {
        return await verify(key);
      } catch (error) {
        if (!isMismatch(error)) throw error;
        const fresh = await refreshAfter(key);
        // The same key again (cooldown, or the gateway has not rotated): the delivery is not genuine.
        if (fresh === key) throw error;
        return verify(fresh);
      }
    },
  };
}
