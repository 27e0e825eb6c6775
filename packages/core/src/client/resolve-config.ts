import { readEnv } from '../env.js';
import { isUmmahError } from '../errors/guards.js';
import { ConfigurationError } from '../errors/request-errors.js';
import { buildUserAgent } from '../internal/runtime.js';
import { normalizeBaseURL } from '../internal/url.js';
import { createLeveledLogger, type LogLevel } from '../logging/logger.js';
import { DEFAULT_RETRY_TIMING, type ResolvedRetryTiming } from '../retry/backoff.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../transport/types.js';
import { VERSION } from '../version.js';
import { apiKeyProblem } from './api-key-check.js';
import { createCredentials } from './credentials.js';
import type { EngineConfig } from './engine-config.js';
import { DEFAULT_MAX_RESPONSE_BYTES, isByteLimit } from './read-limited.js';
import type { AppInfo, HttpClientConfig } from './types.js';

/** Default deadline of a call, retries included. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

/** Everything the client derives from its config at construction. */
export interface ResolvedConfig {
  baseURL: string;
  isTestMode: boolean;
  engine: EngineConfig;
}

/**
 * Validates a config and resolves defaults. Every problem is a {@link ConfigurationError} thrown
 * here, at construction, and no message ever includes the key itself.
 */
export function resolveConfig(config: HttpClientConfig, defaultTransport: () => Transport): ResolvedConfig {
  let baseURL: string;
  try {
    baseURL = normalizeBaseURL(config.baseURL);
  } catch (cause) {
    throw new ConfigurationError('`baseURL` must be an absolute http(s) URL.', { cause });
  }

  const apiKey = resolveApiKey(config);
  const timeout = config.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new ConfigurationError('`timeout` must be a positive number of ms.');
  const maxResponseBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!isByteLimit(maxResponseBytes))
    throw new ConfigurationError('`maxResponseBytes` must be a positive integer number of bytes.');
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new ConfigurationError('`maxRetries` must be a non-negative integer.');
  }
  const retry: ResolvedRetryTiming = { ...DEFAULT_RETRY_TIMING };
  for (const [name, value] of Object.entries(config.retry ?? {})) {
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(`\`retry.${name}\` must be a non-negative number of ms.`);
    }
    retry[name as keyof ResolvedRetryTiming] = value;
  }

  const idempotencyHeader = (config.idempotencyHeader ?? 'Idempotency-Key').toLowerCase();
  for (const name of Object.keys(config.defaultHeaders ?? {})) {
    if (name.toLowerCase() === idempotencyHeader) {
      throw new ConfigurationError(
        `\`defaultHeaders\` must not set \`${name}\`: every call would share one key. Pass \`idempotencyKey\` per call instead.`,
      );
    }
  }
  const credentials = createCredentials(apiKey, baseURL, config.authHeaders);
  const baseHeaders = lowerCaseKeys({
    Accept: 'application/json',
    'User-Agent': withAppInfo(buildUserAgent(config.userAgent ?? `ummah-core/${VERSION}`), config.appInfo),
    ...config.defaultHeaders,
  });
  const level = config.logLevel ?? logLevelFromEnv(config.logLevelEnvVar) ?? 'warn';
  if (!LOG_LEVELS.has(level)) {
    throw new ConfigurationError(`\`logLevel\` must be one of ${[...LOG_LEVELS].join(', ')}.`);
  }
  return {
    baseURL,
    isTestMode: (config.isTestKey ?? ((key: string) => key.startsWith('sk_test_')))(apiKey),
    engine: {
      transport:
        config.transport ??
        (config.fetch === undefined ? defaultTransport() : createFetchTransport(config.fetch)),
      credentials,
      baseHeaders,
      callHeaders: { ...credentials.headers, ...baseHeaders },
      idempotencyHeader,
      requestIdHeader: (config.requestIdHeader ?? 'x-request-id').toLowerCase(),
      timeout,
      maxResponseBytes,
      maxRetries,
      retry,
      parseErrorBody: config.parseErrorBody,
      logger: createLeveledLogger(config.logger ?? console, level),
      debug: level === 'debug',
      hooks: config.hooks ?? {},
      validateApiKey: config.validateApiKey,
      authHeaders: config.authHeaders,
      secrets: [apiKey],
    },
  };
}

/** The key from the option or the environment, checked for presence and well-formedness. */
function resolveApiKey(config: HttpClientConfig): string {
  const fromEnv = config.apiKey === undefined && config.apiKeyEnvVar !== undefined;
  const key = fromEnv ? readEnv(config.apiKeyEnvVar as string) : config.apiKey;
  const source = fromEnv ? `the ${config.apiKeyEnvVar} environment variable` : '`apiKey`';
  if (key === undefined || key.trim() === '') {
    throw new ConfigurationError(
      config.apiKeyEnvVar === undefined
        ? 'No API key: pass `apiKey`.'
        : `No API key: pass \`apiKey\` or set the ${config.apiKeyEnvVar} environment variable.`,
    );
  }
  const problem = apiKeyProblem(key, config.validateApiKey);
  if (problem?.kind === 'malformed') {
    throw new ConfigurationError(`The API key from ${source} is malformed: ${problem.reason}.`);
  }
  if (problem?.kind === 'refused') {
    // A provider's own typed refusal (a ConfigurationError naming the expected prefix) is kept as is.
    if (isUmmahError(problem.cause)) throw problem.cause;
    throw new ConfigurationError(`The API key from ${source} was refused: ${problem.reason}`);
  }
  return key;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/** The User-Agent with the merchant's application appended, checked so it stays one header line. */
function withAppInfo(userAgent: string, appInfo: AppInfo | undefined): string {
  if (appInfo === undefined) return userAgent;
  const { name, version, url } = appInfo ?? {};
  const token = /^[\x21-\x7e]+$/;
  if (typeof name !== 'string' || !token.test(name))
    throw new ConfigurationError(
      '`appInfo.name` must be a non-empty string without spaces or control characters.',
    );
  if (version !== undefined && (typeof version !== 'string' || !token.test(version)))
    throw new ConfigurationError('`appInfo.version` must be a string without spaces or control characters.');
  if (url !== undefined && (typeof url !== 'string' || !token.test(url)))
    throw new ConfigurationError('`appInfo.url` must be a URL without spaces or control characters.');
  return `${userAgent} ${name}${version === undefined ? '' : `/${version}`}${url === undefined ? '' : ` (+${url})`}`;
}

const LOG_LEVELS: ReadonlySet<string> = new Set<LogLevel>(['debug', 'info', 'warn', 'error', 'off']);

/** The level named by the environment variable, refused with a clear message when it is not one. */
function logLevelFromEnv(name: string | undefined): LogLevel | undefined {
  if (name === undefined) return undefined;
  const value = readEnv(name)?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (!LOG_LEVELS.has(value)) {
    throw new ConfigurationError(
      `The ${name} environment variable must be one of ${[...LOG_LEVELS].join(', ')}; it is ${JSON.stringify(value.slice(0, 20))}.`,
    );
  }
  return value as LogLevel;
}
