import type { OperationClientOptions } from '@ummah/core';
import type { ResponseValidationMode } from './internal/response-check.js';

/** The gateway's production and sandbox API root (the key prefix selects the mode). */
export const DEFAULT_BASE_URL = 'https://gate.ummah.com/api/v1';

/** The environment variable the key is read from when none is passed. */
export const API_KEY_ENV_VAR = 'UMMAH_SECRET_KEY';

/**
 * The environment variable the API root is read from when `baseURL` is not passed, so an app
 * written as in the quickstart can be pointed at `@ummah/testing`'s mock server or a proxy
 * without a code change.
 */
export const BASE_URL_ENV_VAR = 'UMMAH_BASE_URL';

/**
 * The environment variable that sets `logLevel` when the option is not given: `UMMAH_LOG=debug`
 * logs every request and response (keys redacted) without a code change.
 */
export const LOG_LEVEL_ENV_VAR = 'UMMAH_LOG';

/**
 * Options of `new Ummah(key, options)`. Transport, retries, timeouts, logging and hooks are
 * handled by `@ummah/core`; their documentation is repeated here for convenience.
 */
export interface UmmahOptions extends OperationClientOptions {
  /**
   * Secret API key (`sk_test_…` or `sk_live_…`). The first constructor argument wins over this.
   * @default process.env.UMMAH_SECRET_KEY
   */
  apiKey?: string | undefined;
  /**
   * API root. Point it at `@ummah/testing`'s mock server or a proxy.
   * @default process.env.UMMAH_BASE_URL, else 'https://gate.ummah.com/api/v1'
   */
  baseURL?: string;
  /**
   * Check every call's input against the gateway's schema before sending it, and refuse it with
   * a `RequestValidationError` listing every offending field. Turn off only to send fields the
   * schema of this SDK version does not know yet.
   * @default true
   */
  validateRequests?: boolean;
  /**
   * Check responses against the gateway's schema: `'off'` (no check), `'warn'` (log each drift
   * once via `logger`) or `'strict'` (reject with `ResponseValidationError`). Responses are
   * returned exactly as received in every mode, unknown fields included.
   * @default 'off'
   */
  validateResponses?: ResponseValidationMode;
}
