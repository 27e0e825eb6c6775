import { fail } from '../errors.js';
import type { HeadersInput } from '../types/delivery.js';

/**
 * Read one header that must appear once. Returns `undefined` when absent or blank.
 * Throws `DUPLICATE_HEADER` when Node hands us several values.
 */
export function readHeader(headers: HeadersInput, name: string): string | undefined {
  let value: unknown;
  // `headers` missing altogether reads as every header missing (a typed error, not a TypeError).
  if (typeof (headers as { get?: unknown } | undefined)?.get === 'function') {
    value = (headers as { get(name: string): string | null }).get(name);
  } else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    // Node lowercases header names, so the direct hit is the common (and fast) case.
    value = record?.[name];
    if (value === undefined) {
      // Hand-built objects may use any casing; the length check skips most keys without allocating.
      for (const key in record) {
        if (key.length === name.length && key.toLowerCase() === name) {
          value = record[key];
          break;
        }
      }
    }
  }
  if (Array.isArray(value)) {
    if (value.length > 1) fail('DUPLICATE_HEADER', `${name} sent twice.`);
    value = value[0];
  }
  // Hand-built header objects may hold null or numbers, even inside arrays: no header was sent.
  if (typeof value !== 'string') return undefined;
  // HTTP strips optional whitespace around field values; do the same for hand-built header objects.
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** {@link readHeader}, failing with `MISSING_HEADER` when the header is absent. */
export function requireHeader(headers: HeadersInput, name: string): string {
  const value = readHeader(headers, name);
  if (value === undefined) fail('MISSING_HEADER', `${name} missing.`);
  return value;
}
