import type { HmacScheme } from '../schemes/hmac-scheme.js';

type Json = Record<string, unknown> | null;

/**
 * When the provider says a verified event happened, in epoch seconds, for schemes whose signature
 * covers no timestamp: the time then comes from the signed body, so it is as trustworthy as the
 * signature. The gateway's callbacks are the object itself (`updated_on` is the change that raised the
 * event); its envelopes carry `created_on`. PebblePay bodies carry an ISO-8601 `timestamp`. A missing
 * or unparsable time is NaN, which checkTolerance refuses with `TIMESTAMP_INVALID`.
 */
export function eventTime(scheme: 'ummah' | HmacScheme, event: unknown): number {
  const record = event as Json;
  return scheme === 'ummah'
    ? Number(record?.updated_on ?? record?.created_on ?? Number.NaN)
    : Date.parse(record?.timestamp as string) / 1000;
}
