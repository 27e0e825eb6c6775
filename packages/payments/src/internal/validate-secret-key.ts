import { ConfigurationError } from '@ummah/core';

/**
 * The gateway's secret keys are `sk_test_…` (sandbox) or `sk_live_…` (production). Anything else —
 * a publishable key, another provider's key, a truncated paste — would only fail later with a 401, so
 * it is refused at construction. The message never repeats the key.
 */
export function validateSecretKey(key: string): void {
  if (!/^sk_(?:test|live)_./.test(key)) {
    throw new ConfigurationError(
      'The API key is not an Ummah secret key: it must start with `sk_test_` (sandbox) or `sk_live_` (production). ' +
        'Copy it from the dashboard under Settings → API Keys.',
    );
  }
}
