/**
 * A new id with a provider's prefix (`ch_…`, `cus_…`, `evt_…`): the prefixes the providers' docs
 * show, so a log line tells what an id points at. Hex, without dashes, like their ids.
 */
export function prefixedId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 24)}`;
}

/** A new random webhook signing secret, in the `whsec_…` form the providers hand out. */
export function newWebhookSecret(): string {
  return prefixedId('whsec');
}
