import type { ErrorDialect } from '../pipeline/error-response';
import type { KeyRule } from './provider-auth';
import type { ProviderEvent, ProviderScheme } from './provider-delivery';
import { codedErrors } from './provider-errors';

/** What differs between providers at the HTTP level. */
export interface ProviderProfile {
  /** The provider's webhook scheme in `@ummah/webhooks`. */
  readonly scheme: ProviderScheme;
  /** The documented API base URL. */
  readonly defaultBaseURL: string;
  readonly keys: KeyRule;
  readonly errors: ErrorDialect;
  /** Headers a delivery carries besides the signature. */
  readonly eventHeaders?: (event: ProviderEvent) => Record<string, string>;
}

/**
 * A provider's profile: by default bearer `sk_test_…` keys and the coded error body of the
 * providers that do not document theirs; `overrides` says where a provider differs.
 */
export function providerProfile(
  scheme: ProviderScheme,
  defaultBaseURL: string,
  overrides: Partial<Omit<ProviderProfile, 'scheme' | 'defaultBaseURL'>> = {},
): ProviderProfile {
  return { scheme, defaultBaseURL, keys: { prefix: 'sk_' }, errors: codedErrors, ...overrides };
}

/** The test key a provider mock accepts when it is given none, e.g. `psk_test_mock` for Plumaas. */
export function defaultTestKey(profile: ProviderProfile): string {
  return `${profile.keys.prefix}test_mock`;
}
