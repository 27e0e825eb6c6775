/**
 * Identifier generation. Purchases and clients get bare UUIDs (the reference types them `uuid`);
 * other objects get the prefixes the reference shows (`bt-`, `btc-`, `tok-`, `wh-`, …) so a log line
 * tells what an id points at.
 */
export type IdKind =
  | 'purchase'
  | 'client'
  | 'payment'
  | 'token'
  | 'template'
  | 'subscriber'
  | 'webhook'
  | 'delivery'
  | 'event'
  | 'statement'
  | 'request';

const PREFIX: Record<IdKind, string> = {
  purchase: '',
  client: '',
  payment: 'pay-',
  token: 'tok-',
  template: 'bt-',
  subscriber: 'btc-',
  webhook: 'wh-',
  delivery: 'whd-',
  event: 'evt-',
  statement: 'stmt-',
  request: 'req-',
};

/** A new unique id of the given kind. */
export function newId(kind: IdKind): string {
  return PREFIX[kind] + crypto.randomUUID();
}
