import {
  type APIPromise,
  OperationCaller as CoreOperationCaller,
  type HttpClient,
  type OperationInput,
  type PagePromise,
  type RequestOptions,
  type SchemaIssue,
  validatorTable,
} from '@ummah/core';
import { type Operations, type RouteDefinition, routes } from '@ummah/schema/ummah/routes';
import { RequestValidationError } from '../errors.js';
import { type DownloadOptions, downloadFile } from './download-file.js';
import { formatIssues } from './format-issues.js';
import { checkResponse, type ResponseCheck } from './response-check.js';

/**
 * Every operation id, e.g. `'purchases.capture'`. Taken from the `Operations` type map rather than
 * from the `routes` value, so published declarations stay small.
 */
export type OperationId = keyof Operations;

/** The generated table, seen through the part of its type the caller uses. */
const routeTable: Readonly<Record<OperationId, RouteDefinition>> = routes;
/**
 * The generated checks (core's check functions, no validation library), loaded by the first call
 * that has input or a response to check: a cold process whose first call is a `retrieve` does not
 * build them.
 */
const loadValidators = async () => validatorTable((await import('@ummah/schema/ummah/checks')).checks);
/** The response type of an operation, straight from the schema. */
export type ResponseOf<K extends OperationId> = Operations[K]['response'];
/** The item type of a paginated operation's `results`. */
export type ItemOf<K extends OperationId> = Operations[K]['item'];
/** The path parameters of an operation by their names in the path, e.g. `{ id: string; token_id: string }`. */
export type PathParamsOf<K extends OperationId> = Operations[K]['pathParams'];

/** `pathParams`, required and named, for an operation whose path has parameters; absent otherwise. */
type PathInput<P> = P extends Record<string, never> ? { pathParams?: never } : { pathParams: P };

/**
 * The arguments of one call, before validation. Typed by operation, so a resource method whose
 * declared parameter type drifts from the schema, or that misses, misnames or adds a path
 * parameter, fails to compile.
 */
export type CallInput<K extends OperationId> = PathInput<PathParamsOf<K>> & {
  query?: Operations[K]['query'];
  body?: Operations[K]['body'];
};

/** The validation policy of an `Ummah` instance. */
export interface CallerSettings {
  validateRequests: boolean;
  responseCheck: ResponseCheck;
}

/**
 * Turns a generated operation plus a merchant's arguments into a core request, through core's
 * provider-agnostic `OperationCaller`: this is the only place input is checked, so every method
 * refuses bad input the same way and nothing is sent when anything is wrong. What is Ummah's here
 * is the table, the typing by operation, the error classes and the wording of issues.
 */
export class OperationCaller {
  readonly #client: HttpClient;
  readonly #caller: CoreOperationCaller<SchemaIssue>;
  /** Whether input is checked before sending (`validateRequests`). */
  readonly validatesRequests: boolean;

  constructor(client: HttpClient, settings: CallerSettings) {
    this.#client = client;
    this.validatesRequests = settings.validateRequests;
    const check = settings.responseCheck;
    this.#caller = new CoreOperationCaller<SchemaIssue>(client, {
      routes: routeTable,
      validators: loadValidators,
      validateRequests: settings.validateRequests,
      formatIssues: (issues, input) => formatIssues(issues, input),
      requestError: (operation, issues) => new RequestValidationError(operation, issues),
      checkResponse:
        check.mode === 'off'
          ? undefined
          : (operation, schema, data) => checkResponse(check, operation, schema, data),
    });
  }

  /** Sends a single-object operation. Invalid input yields a rejected promise, never a request. */
  call<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
  ): APIPromise<ResponseOf<K>> {
    return this.#caller.call<ResponseOf<K>>(id, input as OperationInput, options);
  }

  /** Sends a list operation; the result is awaitable for one page and async-iterable over all items. */
  callPage<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
  ): PagePromise<ItemOf<K>> {
    return this.#caller.callPage<ItemOf<K>>(id, input as OperationInput, options);
  }

  /** Streams a file (a statement) through core: retries, deadline, hooks and typed errors included. */
  download(link: string, options?: DownloadOptions): APIPromise<ReadableStream<Uint8Array>> {
    return downloadFile(this.#client, link, options);
  }
}
