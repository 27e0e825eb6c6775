import type { ParsedErrorBody } from '../errors/parse-error-body.js';
import type { Logger } from '../logging/logger.js';
import type { ResolvedRetryTiming } from '../retry/backoff.js';
import type { Transport } from '../transport/types.js';
import type { Credentials } from './credentials.js';
import type { Hooks } from './hooks.js';

/** The client's resolved configuration, as the engine consumes it. */
export interface EngineConfig {
  transport: Transport;
  /** Authentication headers and the origin they are limited to; never shown to hooks or logs. */
  credentials: Credentials;
  /** Headers of every call (accept, user-agent, defaults), lower-case names, without auth. */
  baseHeaders: Record<string, string>;
  /** `credentials.headers` then `baseHeaders`: the starting point of a call to the API's origin. */
  callHeaders: Record<string, string>;
  idempotencyHeader: string;
  requestIdHeader: string;
  timeout: number;
  /** Largest response body read into memory, in bytes. */
  maxResponseBytes: number;
  maxRetries: number;
  retry: ResolvedRetryTiming;
  parseErrorBody: ((status: number, body: unknown) => ParsedErrorBody) | undefined;
  logger: Logger;
  debug: boolean;
  hooks: Hooks;
  /** The provider's check of a key's format, applied to per-call keys too. */
  validateApiKey: ((key: string) => void) | undefined;
  /** The provider's authentication headers for a key. @default Bearer */
  authHeaders: ((key: string) => Record<string, string>) | undefined;
  /** Strings masked wherever they could surface (the API key). */
  secrets: readonly string[];
}
