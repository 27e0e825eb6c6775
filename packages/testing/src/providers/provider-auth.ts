import { authenticate } from '../http/authenticate';
import { unauthorized } from '../http/gateway-error';
import type { Authenticator } from '../pipeline/authenticate-request';

/** How a provider takes its secret key. */
export interface KeyRule {
  /** Key prefix before `test_`/`live_` (`psk_` for Plumaas, `sk_` for the others). */
  readonly prefix: string;
  /** Also accept the key in an `X-Api-Key` header (PebblePay). @default false */
  readonly apiKeyHeader?: boolean;
}

/**
 * A bearer-key authenticator: with `allowed` only those keys pass, otherwise any test key of the
 * provider's prefix does, and live keys are refused. Where the provider also takes `X-Api-Key`, a
 * request may use either header.
 */
export function keyAuthenticator(rule: KeyRule, allowed: readonly string[] | undefined): Authenticator {
  return (headers) => {
    const header = headers.get('x-api-key');
    if (rule.apiKeyHeader && header !== null && headers.get('authorization') === null) {
      if (header.trim() === '') throw unauthorized('The X-Api-Key header is empty.');
      return authenticate(`Bearer ${header.trim()}`, allowed, rule.prefix);
    }
    return authenticate(headers.get('authorization'), allowed, rule.prefix);
  };
}
