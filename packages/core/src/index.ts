// Public API of @ummah/core (the runtime-neutral build: Deno, Bun, Workers, browsers).
// The Node build (index.node.ts) exports the same names, with Node's http as the default transport.

export { APIPromise, type APIResult, type RawResponse } from './client/api-promise.js';
export type {
  ErrorHookContext,
  Hooks,
  RequestHookContext,
  ResponseHookContext,
  RetryHookContext,
} from './client/hooks.js';
export { HttpClient } from './client/http-client.js';
export { ListPage, type Page, type PageCheck, type PageFetcher, PagePromise } from './client/page.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './client/read-limited.js';
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './client/resolve-config.js';
export type {
  AppInfo,
  HttpClientConfig,
  HttpMethod,
  QueryParams,
  RequestOptions,
  RequestSpec,
  ResponseBodyType,
} from './client/types.js';
export { readEnv } from './env.js';
export { defineErrorKind, errorGuard, hasErrorKind } from './errors/brand.js';
export { type BuildAPIErrorInput, buildAPIError } from './errors/build-api-error.js';
export { createAPIError } from './errors/create-api-error.js';
// Every error class and type guard, listed once in errors/index.ts (also the `@ummah/core/errors` entry).
export * from './errors/index.js';
export {
  type DefaultParsedErrorBody,
  type ParsedErrorBody,
  parseErrorBody,
} from './errors/parse-error-body.js';
export type { Logger, LogLevel } from './logging/logger.js';
export { REDACTED, redactBody, redactHeaders } from './logging/redact.js';
export {
  OffsetPage,
  type OffsetPageFetcher,
  OperationCaller,
  type OperationCallerConfig,
  type OperationCallOptions,
  OperationClient,
  type OperationClientConstructor,
  type OperationClientDefinition,
  type OperationClientOptions,
  type OperationClientSetup,
  type OperationInput,
  type OperationPagination,
  OperationResource,
  type OperationRoute,
  type OperationValidatorSet,
  operationClientClass,
  operationClientConfig,
  type SafeParseResult,
  type StructuralValidator,
  splitClientArguments,
} from './operations/index.js';
export { encodePathParam, path } from './path.js';
export {
  backoffDelay,
  DEFAULT_RETRY_TIMING,
  type ResolvedRetryTiming,
  type RetryTiming,
} from './retry/backoff.js';
export { type HeaderReader, parseRetryAfter } from './retry/retry-after.js';
export { sleep } from './sleep.js';
export { createFetchTransport } from './transport/fetch-transport.js';
export type { Transport, TransportRequest, TransportResponse } from './transport/types.js';
// The checks the generated request and response descriptions are built from.
export * from './validation/index.js';
export { VERSION } from './version.js';
