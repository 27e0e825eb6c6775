import { redactSecrets } from '../logging/redact.js';

/** Why a key cannot be used; see {@link apiKeyProblem}. */
export type ApiKeyProblem =
  | { kind: 'malformed'; reason: string }
  | { kind: 'refused'; reason: string; cause: unknown };

/**
 * Why `key` cannot be used as an API key, or undefined when it can: the one check behind both the
 * client's key and a per-call `apiKey`, each of which turns the problem into its own error. The
 * reason never contains the key.
 */
export function apiKeyProblem(
  key: string,
  validateApiKey: ((key: string) => void) | undefined,
): ApiKeyProblem | undefined {
  // Whitespace or control characters would corrupt the Authorization header (or smuggle another
  // header in); non-ASCII cannot be sent in a header at all.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return { kind: 'malformed', reason: 'it contains whitespace, control or non-ASCII characters' };
  }
  try {
    validateApiKey?.(key);
  } catch (cause) {
    const reason = cause instanceof Error ? redactSecrets(cause.message, [key]) : 'refused';
    return { kind: 'refused', reason, cause };
  }
  return undefined;
}
