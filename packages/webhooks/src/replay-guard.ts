import { readHeader } from './internal/headers.js';
import type { SchemeName } from './schemes/builtin.js';
import type { HmacScheme } from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { HeadersInput } from './types/delivery.js';

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

/** Options of {@link createMemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /** Most keys kept; the least recently added are dropped first. @default 10000 */
  maxEntries?: number;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: () => number;
}

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
   * The id a verified delivery is deduplicated by, namespaced by scheme: the id header where the scheme
   * has one (`webhook-id`, `X-Webhook-Id`), else the event's `id`. Gateway callbacks are the object
   * itself, so their key combines event name, object id and update time: a purchase can fail payment
   * twice (two events), while a retried delivery repeats all three. `undefined` when there is no id.
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

type Json = Record<string, unknown>;

function idOf(event: unknown): string | undefined {
  const id = (event as Json | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function keyFor(
  scheme: SchemeName | HmacScheme<unknown>,
  headers: HeadersInput,
  event: unknown,
): string | undefined {
  const definition = resolveScheme(scheme);
  if (definition !== 'ummah') {
    // An id header counts only when the signature covers it (Standard Webhooks' `webhook-id`). An
    // unsigned one (PebblePay's X-Webhook-Id) could be changed by whoever replays a captured delivery,
    // so the key then comes from the signed body, or failing that from the signature itself.
    const id =
      (definition.idSigned && definition.idHeader && readHeader(headers, definition.idHeader)) ||
      idOf(event) ||
      readHeader(headers, definition.signatureHeader);
    return id && `${definition.name}:${id}`;
  }
  const record = event as Json | null;
  const id = idOf(record);
  if (id === undefined) return undefined;
  if (typeof record === 'object' && record !== null && record.object !== undefined) return `ummah:${id}`;
  return `ummah:${String(record?.event_type)}:${id}:${String(record?.updated_on)}`;
}

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
    keyFor,
  };
}
