/** Minimal header lookup, satisfied by `Headers` and the transports' lazy header views. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The wait the server asked for, in milliseconds, from `retry-after-ms` (milliseconds) or
 * `Retry-After` (delta-seconds or an HTTP date). `undefined` when absent or unparsable; a date in
 * the past yields 0.
 *
 * @param now - current time in ms since the epoch; injectable for tests.
 */
export function parseRetryAfter(headers: HeaderReader, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null) {
    const value = Number(ms.trim());
    if (ms.trim() !== '' && Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // Only strings that look like an HTTP date (contain a letter, e.g. a weekday or month name);
  // Date.parse would otherwise accept things like "-1" or "2".
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
