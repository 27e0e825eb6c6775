import { InvalidRequestError } from '../errors/request-errors.js';
import { apiKeyProblem } from './api-key-check.js';
import { createCredentials } from './credentials.js';
import type { EngineConfig } from './engine-config.js';

/**
 * The engine configuration of one call made with its own `apiKey` (a platform acting for several
 * merchants): that key's authentication headers, still sent to the API's origin only, and the key
 * added to the secrets masked in errors, logs and hooks. The key is checked as the client's own is,
 * and a bad one refuses the call before anything is sent, without the key in the message.
 */
export function withCallKey(config: EngineConfig, key: unknown): EngineConfig {
  const refuse = (reason: string): never => {
    throw new InvalidRequestError(`The per-call \`apiKey\` was refused: ${reason}.`, [
      { path: 'options.apiKey', message: reason },
    ]);
  };
  if (typeof key !== 'string' || key.trim() === '') refuse('expected a non-empty string');
  const apiKey = key as string;
  const problem = apiKeyProblem(apiKey, config.validateApiKey);
  if (problem !== undefined) refuse(problem.reason.replace(/\.$/, ''));
  const credentials = createCredentials(apiKey, config.credentials.origin, config.authHeaders);
  return {
    ...config,
    credentials,
    callHeaders: { ...credentials.headers, ...config.baseHeaders },
    secrets: [...config.secrets, apiKey],
  };
}
