import type { HttpClientConfig, RequestOptions } from '../client/types.js';
import { ConfigurationError } from '../errors/index.js';

/**
 * The options every operation-table client built on core accepts (`new Client(key, options)`): the
 * `HttpClient` options a merchant may set (POSTs are retried only where the API has idempotency keys),
 * and whether arguments are checked before sending.
 */
export interface OperationClientOptions
  extends Pick<
    HttpClientConfig,
    | 'apiKey'
    | 'appInfo'
    | 'timeout'
    | 'maxResponseBytes'
    | 'maxRetries'
    | 'retry'
    | 'fetch'
    | 'transport'
    | 'logger'
    | 'logLevel'
    | 'hooks'
    | 'defaultHeaders'
  > {
  /** API root. */
  baseURL?: string;
  /** Check arguments before sending. @default true */
  validateRequests?: boolean;
}

/** Per-call options of an operation-table client's methods. */
export type OperationCallOptions = RequestOptions;

/**
 * Normalises `new Client(key?, options?)` and `new Client(options)` into one options object.
 * `null` or `undefined` as key means "read it from the environment".
 */
export function splitClientArguments<O extends { apiKey?: string; validateRequests?: boolean }>(
  keyOrOptions: unknown,
  maybeOptions: O | undefined,
): O {
  if (typeof keyOrOptions === 'object' && keyOrOptions !== null) return { ...(keyOrOptions as O) };
  const options = { ...maybeOptions } as O;
  if (typeof keyOrOptions === 'string') options.apiKey = keyOrOptions;
  else if (keyOrOptions !== undefined && keyOrOptions !== null) {
    throw new ConfigurationError(`The API key must be a string, got ${typeof keyOrOptions}.`);
  }
  if (options.validateRequests !== undefined && typeof options.validateRequests !== 'boolean') {
    throw new ConfigurationError('`validateRequests` must be true or false.');
  }
  return options;
}

/** What a provider fixes when it builds a client on core: everything but the caller's options. */
export interface OperationClientSetup
  extends Pick<
    HttpClientConfig,
    | 'apiKeyEnvVar'
    | 'logLevelEnvVar'
    | 'validateApiKey'
    | 'isTestKey'
    | 'authHeaders'
    | 'parseErrorBody'
    | 'userAgent'
  > {
  /** The documented API root; undefined when the provider documents none (then `baseURL` is required). */
  defaultBaseURL: string | undefined;
  /** The class name, for messages, e.g. `'Plugipay'`. */
  provider: string;
}

/**
 * The `HttpClient` configuration of a provider client: the caller's options over the provider's
 * fixed setup. Pass it to the `HttpClient` of the build in use (node:http on Node, fetch elsewhere).
 *
 * @throws ConfigurationError when no base URL is given and the provider documents none.
 */
export function operationClientConfig(
  options: OperationClientOptions,
  setup: OperationClientSetup,
): HttpClientConfig {
  const baseURL = options.baseURL ?? setup.defaultBaseURL;
  if (baseURL === undefined || baseURL.trim() === '') {
    throw new ConfigurationError(
      `${setup.provider} documents no API host: pass \`baseURL\`, e.g. new ${setup.provider}(key, { baseURL: 'https://…' }).`,
    );
  }
  return {
    baseURL,
    apiKey: options.apiKey,
    apiKeyEnvVar: setup.apiKeyEnvVar,
    validateApiKey: setup.validateApiKey,
    isTestKey: setup.isTestKey,
    authHeaders: setup.authHeaders,
    parseErrorBody: setup.parseErrorBody,
    userAgent: setup.userAgent,
    logLevelEnvVar: setup.logLevelEnvVar,
    appInfo: options.appInfo,
    timeout: options.timeout,
    maxResponseBytes: options.maxResponseBytes,
    maxRetries: options.maxRetries,
    retry: options.retry,
    fetch: options.fetch,
    transport: options.transport,
    logger: options.logger,
    logLevel: options.logLevel,
    hooks: options.hooks,
    defaultHeaders: options.defaultHeaders,
  };
}
