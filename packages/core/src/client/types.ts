import type { ParsedErrorBody } from '../errors/parse-error-body.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { RetryTiming } from '../retry/backoff.js';
import type { Transport } from '../transport/types.js';
import type { Hooks } from './hooks.js';

/** HTTP methods the engine sends. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query parameters; arrays repeat the key, `null`/`undefined` are omitted. */
export type QueryParams = Record<
  string,
  string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>
>;

/**
 * How the body of a successful response is handed over:
 * - `'json'`: parsed JSON; an empty or non-JSON body is an `invalid_response` error, since a call that
 *   expects an object must never resolve without one;
 * - `'text'`: the body as a string (an operation declared to return text);
 * - `'none'`: an operation declared to return nothing (a 204); the body is discarded and the call
 *   resolves with `undefined`;
 * - `'bytes'`: the whole body as a `Uint8Array`, read within the call's deadline;
 * - `'stream'`: a `ReadableStream<Uint8Array>` handed over as soon as the head arrives. The deadline
 *   covers the attempts up to the head; the caller's `signal` keeps covering the body, whose read
 *   errors are `APIUserAbortError` or `APIConnectionError`.
 *
 * Error responses are read and turned into typed errors the same way for every type.
 */
export type ResponseBodyType = 'json' | 'text' | 'none' | 'bytes' | 'stream';

/** What to call: built by the resource layer, executed by {@link HttpClient}. */
export interface RequestSpec {
  method: HttpMethod;
  /**
   * Path relative to `baseURL`, built with the `path` helper, e.g. path`/purchases/${id}/capture/`;
   * or an absolute http(s) URL, such as a download link. The authentication headers are sent only
   * to the API's own origin, never to another host.
   */
  path: string;
  query?: QueryParams;
  /** JSON-serialised by the engine. */
  body?: unknown;
  /** How the success body is read. @default 'json' */
  responseType?: ResponseBodyType;
}

/** Per-call options; every SDK method takes these as its last argument. */
export interface RequestOptions {
  /**
   * Idempotency key for this call. POSTs get a fresh UUID automatically (reused on every retry of
   * the call); pass your own to make a later, separate retry safe, e.g. an order id.
   */
  idempotencyKey?: string;
  /** Deadline for this call in ms, retries and body read included. @default the client's `timeout` */
  timeout?: number;
  /** Retries for this call. @default the client's `maxRetries` */
  maxRetries?: number;
  /** Cancels the call; it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Extra headers for this call (override defaults). */
  headers?: Record<string, string>;
}

/** Configuration of an {@link HttpClient}. Only `baseURL` and a key are required. */
export interface HttpClientConfig {
  /** API root, e.g. `'https://gate.ummah.example/api/v1'`. */
  baseURL: string;
  /** Secret API key. @default read from the `apiKeyEnvVar` environment variable */
  apiKey?: string;
  /** Environment variable holding the key, e.g. `'UMMAH_SECRET_KEY'`. */
  apiKeyEnvVar?: string;
  /** Provider rule for the key's format; throw (typically `ConfigurationError`) to refuse it. */
  validateApiKey?: (key: string) => void;
  /** Whether the key is a test-mode key. @default key starts with `sk_test_` */
  isTestKey?: (key: string) => boolean;
  /** Authentication headers for a key. @default `{ Authorization: 'Bearer <key>' }` */
  authHeaders?: (key: string) => Record<string, string>;
  /** Name of the idempotency header. @default 'Idempotency-Key' */
  idempotencyHeader?: string;
  /** Name of the response header holding the request id. @default 'x-request-id' */
  requestIdHeader?: string;
  /**
   * Provider error-body parser; receives the parsed JSON (or the raw text when it is not JSON).
   * @default the Ummah parser, which understands every documented error shape
   */
  parseErrorBody?: (status: number, body: unknown) => ParsedErrorBody;
  /** Product token; ` (<runtime>/<version>)` is appended. @default 'ummah-core/<version>' */
  userAgent?: string;
  /** Deadline per call in ms, retries and body read included. @default 60000 */
  timeout?: number;
  /** Retries after the first attempt. @default 2 */
  maxRetries?: number;
  /** Backoff tuning. @default { initialDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 } */
  retry?: RetryTiming;
  /** A fetch implementation; selects the fetch transport. */
  fetch?: typeof fetch;
  /** A custom transport; takes precedence over `fetch`. */
  transport?: Transport;
  /** Log sink. @default console */
  logger?: Logger;
  /** Minimum level logged. @default 'warn' */
  logLevel?: LogLevel;
  /** Observability hooks. */
  hooks?: Hooks;
  /** Headers sent with every call. */
  defaultHeaders?: Record<string, string>;
}
