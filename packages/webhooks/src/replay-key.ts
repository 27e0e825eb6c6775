import { readHeader } from './internal/headers.js';
import { sha256Hex } from './internal/sha256.js';
import type { SchemeName } from './schemes/builtin.js';
import { type HmacScheme, parseSignatureHeader } from './schemes/hmac-scheme.js';
import { resolveScheme } from './schemes/resolve-scheme.js';
import type { HeadersInput } from './types/delivery.js';

type Json = Record<string, unknown>;

function idOf(event: unknown): string | undefined {
  const id = (event as Json | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The timestamp the delivery's signature covers, when its scheme signs one. */
function signedTimestamp(scheme: HmacScheme, headers: HeadersInput): string | undefined {
  if (scheme.signatureFormat === 'timestamped') {
    return parseSignatureHeader(scheme, readHeader(headers, scheme.signatureHeader) ?? '').timestamp;
  }
  return scheme.timestampHeader === undefined ? undefined : readHeader(headers, scheme.timestampHeader);
}

/** Digest of what a delivery without an id signed: its timestamp (if any) and its event. */
function digestKey(name: string, timestamp: string | undefined, event: unknown): string {
  return `${name}:sha256:${sha256Hex(`${timestamp ?? ''}.${JSON.stringify(event) ?? ''}`)}`;
}

/**
 * The key a verified delivery is deduplicated by, namespaced by scheme, computed from signed material
 * only, so that no re-spelling of a captured delivery's headers (entries reordered, `v0=` or extra `v1=`
 * candidates added) makes a new key:
 *
 * - the id header when the signature covers it (Standard Webhooks' `webhook-id`);
 * - else the event's `id` (for gateway callbacks, which are the object itself: event name, object id
 *   and update time, so a purchase that fails payment twice makes two events);
 * - else a SHA-256 of the signed timestamp and the event. An unsigned id header (PebblePay's
 *   `X-Webhook-Id`) and the signature header's text are never used: whoever replays a delivery can
 *   change them.
 */
export function replayKey(
  scheme: SchemeName | HmacScheme<unknown> | undefined,
  headers: HeadersInput,
  event: unknown,
): string {
  const definition = resolveScheme(scheme);
  const id = idOf(event);
  if (definition === 'ummah') {
    if (id === undefined) return digestKey('ummah', undefined, event);
    const record = event as Json;
    if (record.object !== undefined) return `ummah:${id}`;
    return `ummah:${String(record.event_type)}:${id}:${String(record.updated_on)}`;
  }
  const signedId =
    (definition.idSigned && definition.idHeader && readHeader(headers, definition.idHeader)) || id;
  return signedId
    ? `${definition.name}:${signedId}`
    : digestKey(definition.name, signedTimestamp(definition, headers), event);
}
