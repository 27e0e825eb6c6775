import {
  APIPromise,
  encodePathParam,
  type HttpClient,
  isInvalidRequestError,
  PagePromise,
  type QueryParams,
  type RequestIssue,
  type RequestOptions,
  type RequestSpec,
} from '@ummah/core';
import { type Operations, type RouteDefinition, routes } from '@ummah/schema/ummah/routes';
import { type OperationValidators, validators } from '@ummah/schema/ummah/validators';
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
/** The generated validators, seen through the part of their type the caller uses. */
const validatorTable: Readonly<Record<OperationId, OperationValidators>> = validators;
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
 * Turns a generated operation plus a merchant's arguments into a core request. This is the only
 * place input is checked, so every method refuses bad input the same way and nothing is sent when
 * anything is wrong.
 */
export class OperationCaller {
  readonly #client: HttpClient;
  readonly #settings: CallerSettings;

  constructor(client: HttpClient, settings: CallerSettings) {
    this.#client = client;
    this.#settings = settings;
  }

  /** Whether input is checked before sending (`validateRequests`). */
  get validatesRequests(): boolean {
    return this.#settings.validateRequests;
  }

  /** Sends a single-object operation. Invalid input yields a rejected promise, never a request. */
  call<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
  ): APIPromise<ResponseOf<K>> {
    let spec: RequestSpec;
    try {
      spec = this.#prepare(id, input);
    } catch (error) {
      return new APIPromise<ResponseOf<K>>(Promise.reject(error));
    }
    const promise = this.#client.request<ResponseOf<K>>(spec, options);
    const check = this.#settings.responseCheck;
    if (check.mode === 'off') return promise;
    const schema = validatorTable[id].response;
    return promise.mapData((data) => {
      checkResponse(check, id, schema, data);
      return data;
    });
  }

  /** Sends a list operation; the result is awaitable for one page and async-iterable over all items. */
  callPage<K extends OperationId>(
    id: K,
    input: CallInput<K>,
    options?: RequestOptions,
  ): PagePromise<ItemOf<K>> {
    let spec: RequestSpec;
    try {
      spec = this.#prepare(id, input);
    } catch (error) {
      return new PagePromise<ItemOf<K>>(Promise.reject(error));
    }
    const check = this.#settings.responseCheck;
    if (check.mode === 'off') return this.#client.requestPage<ItemOf<K>>(spec, options);
    const schema = validatorTable[id].response;
    // Core runs the check on every page, including those fetched later by the iterator. Absent
    // links are checked as the page holds them (null), as the merchant sees them.
    return this.#client.requestPage<ItemOf<K>>(spec, options, (body) =>
      checkResponse(check, id, schema, {
        results: body.results,
        next: body.next ?? null,
        previous: body.previous ?? null,
      }),
    );
  }

  /** Streams a file (a statement) through core: retries, deadline, hooks and typed errors included. */
  download(link: string, options?: DownloadOptions): APIPromise<ReadableStream<Uint8Array>> {
    return downloadFile(this.#client, link, options);
  }

  #prepare<K extends OperationId>(id: K, input: CallInput<K>): RequestSpec {
    const route = routeTable[id];
    const issues: RequestIssue[] = [];
    const pathParams = input.pathParams as Readonly<Record<string, unknown>> | undefined;
    const requestPath = fillPath(route, pathParams ?? {}, issues);

    if (this.#settings.validateRequests) {
      const validator = validatorTable[id];
      if (validator.query !== null) {
        const query = input.query ?? {};
        const result = validator.query.safeParse(query);
        if (!result.success) issues.push(...formatIssues(result.error.issues, query));
      }
      if (input.body === undefined) {
        if (validator.bodyRequired) issues.push({ path: '', message: 'Required: this method needs a body' });
      } else if (validator.body !== null) {
        const result = validator.body.safeParse(input.body);
        if (!result.success) issues.push(...formatIssues(result.error.issues, input.body));
      }
    }
    if (issues.length > 0) throw new RequestValidationError(id, issues);

    const spec: RequestSpec = { method: route.method, path: requestPath };
    // Only an operation declared to return nothing may succeed without a JSON body.
    if (route.responseBody === 'none') spec.responseType = 'none';
    // The generated query types are plain objects of scalars, which is what core serialises.
    if (input.query !== undefined) spec.query = input.query as unknown as QueryParams;
    if (input.body !== undefined) spec.body = input.body;
    return spec;
  }
}

/**
 * Fills the route's `{name}` placeholders with core's path encoder, which percent-encodes each id
 * and refuses `..` or `/` in it, naming the parameter (`id`, `client_id`). Every problem is added to
 * `issues`; ids are strings in the schema, so a number from untyped code is refused too.
 */
function fillPath(
  route: RouteDefinition,
  params: Readonly<Record<string, unknown>>,
  issues: RequestIssue[],
): string {
  if (route.pathParams.length === 0) return route.path;
  return route.path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (typeof value !== 'string') {
      const received = value === undefined || value === null ? 'nothing' : `a ${typeof value}`;
      issues.push({ path: name, message: `Required: an id string, received ${received}` });
    } else if (value.trim() === '') {
      issues.push({ path: name, message: 'Required: a non-empty id string' });
    } else {
      try {
        return encodePathParam(value, name);
      } catch (error) {
        if (!isInvalidRequestError(error)) throw error;
        issues.push(...error.issues);
      }
    }
    return placeholder;
  });
}
