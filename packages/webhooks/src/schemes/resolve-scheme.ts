import { fail } from '../errors.js';
import { HMAC_SCHEMES, type HmacSchemeName } from './builtin.js';
import type { HmacScheme } from './hmac-scheme.js';

/**
 * The scheme a `scheme` option names or is: `'ummah'` for the gateway's RSA scheme (also when the option
 * is left out), the built-in HMAC scheme of that name, or a scheme from `defineHmacScheme`. Verifying,
 * signing and the replay guard all resolve schemes here, so they agree on every name.
 */
export function resolveScheme(scheme: unknown): 'ummah' | HmacScheme {
  if (scheme == null || scheme === 'ummah') return 'ummah';
  // `Object.hasOwn`, not `in`: names such as `toString` and `__proto__` must not reach Object.prototype.
  if (typeof scheme === 'string' && Object.hasOwn(HMAC_SCHEMES, scheme)) {
    return HMAC_SCHEMES[scheme as HmacSchemeName];
  }
  if ((scheme as HmacScheme | null)?.kind === 'hmac') return scheme as HmacScheme;
  return fail('UNKNOWN_SCHEME', 'Unknown webhook scheme.');
}
