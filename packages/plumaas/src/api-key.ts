import { ConfigurationError } from '@ummah/core';

/** Plumaas keys start with `psk_live_` or `psk_test_`. The key itself never appears in the message. */
export function validatePlumaasKey(key: string): void {
  if (!key.startsWith('psk_live_') && !key.startsWith('psk_test_')) {
    throw new ConfigurationError(
      'The Plumaas API key is malformed: it must start with psk_live_ or psk_test_ (dashboard → API keys).',
    );
  }
}

/** How the client tells Plumaas keys apart: malformed ones are refused, `psk_test_` ones are test mode. */
export const plumaasKeyRules = {
  validateApiKey: validatePlumaasKey,
  isTestKey: (key: string): boolean => key.startsWith('psk_test_'),
};
