import { readHeader } from './internal/headers.js';
import { createMemoryReplayStore } from './replay-store.js';
import type { SchemeName } from './schemes/builtin.js';
import type { HmacScheme } from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { HeadersInput } from './types/delivery.js';
import type { ReplayGuard, ReplayGuardOptions } from './types/replay-guard-options.js';

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
