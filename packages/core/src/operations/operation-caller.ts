import { APIPromise } from '../client/api-promise.js';
import type { HttpClient } from '../client/http-client.js';
import { type Page, PagePromise } from '../client/page.js';
import type { QueryParams, RequestOptions, RequestSpec } from '../client/types.js';
import { createAPIError } from '../errors/create-api-error.js';
import { InvalidRequestError, isInvalidRequestError, type RequestIssue } from '../errors/index.js';
import { encodePathParam } from '../path.js';
import { OffsetPage } from './offset-page.js';
import type {
  OperationCallerConfig,
  OperationInput,
  OperationRoute,
  OperationValidatorSet,
  OperationValidatorTable,
} from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function defaultFormatIssues(issues: readonly unknown[]): RequestIssue[] {
  return issues.map((issue) => {
    const { path, message } = (isRecord(issue) ? issue : {}) as { path?: unknown; message?: unknown };
    return {
      path: Array.isArray(path) ? path.map((segment) => String(segment)).join('.') : '',
      message: typeof message === 'string' ? message : 'Invalid value',
    };
  });
}

function defaultRequestError(operation: string, issues: RequestIssue[]): Error {
  const list = issues.map((issue) => `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`);
  return new InvalidRequestError(`Invalid input for ${operation}(): ${list.join('; ')}`, issues);
}

/**
 * Turns a generated operation table plus a caller's arguments into core requests: validates query
 * and body before anything is sent, fills named path parameters with {@link encodePathParam},
 * checks responses when asked, and pages `'next-url'` and `'offset'` lists. Provider-agnostic:
 * the routes, validators and error shapes come from configuration.
 *
 * @example
 * const caller = new OperationCaller(client, { routes, validators });
 * const order = await caller.call<Order>('orders.retrieve', { pathParams: { id } });
 * for await (const o of caller.callPage<Order>('orders.list', { query: { limit: 50 } })) console.log(o.id);
 */
export class OperationCaller<I = unknown> {
  readonly #client: HttpClient;
  readonly #config: OperationCallerConfig<I>;
  /** The validators once they are at hand (at once when given as a table). */
  #table: OperationValidatorTable<I> | undefined;
  #loading: Promise<OperationValidatorTable<I>> | undefined;

  constructor(client: HttpClient, config: OperationCallerConfig<I>) {
    this.#client = client;
    this.#config = config;
    if (typeof config.validators !== 'function') this.#table = config.validators;
  }

  /** Sends a single-object operation. Invalid input yields a rejected promise, never a request. */
  call<R>(id: string, input: OperationInput, options?: RequestOptions): APIPromise<R> {
    if (this.#table === undefined && this.#needsValidators(id)) {
      return new APIPromise<R>(this.#load().then(() => this.call<R>(id, input, options).withResponse()));
    }
    let spec: RequestSpec;
    try {
      spec = this.#prepare(id, input);
    } catch (error) {
      return new APIPromise<R>(Promise.reject(error));
    }
    const promise = this.#client.request<R>(spec, this.#options(spec, options));
    const check = this.#config.checkResponse;
    if (check === undefined) return promise;
    const schema = this.#validators(id).response;
    return promise.mapData((data) => {
      check(id, schema, data);
      return data;
    });
  }

  /** Sends a list operation; the result is awaitable for one page and async-iterable over all items. */
  callPage<T>(id: string, input: OperationInput, options?: RequestOptions): PagePromise<T> {
    if (this.#table === undefined && this.#needsValidators(id)) {
      return new PagePromise<T>(this.#load().then(() => this.callPage<T>(id, input, options).withResponse()));
    }
    let spec: RequestSpec;
    try {
      spec = this.#prepare(id, input);
    } catch (error) {
      return new PagePromise<T>(Promise.reject(error));
    }
    const route = this.#route(id);
    if (route.pagination === 'offset') return this.#offsetPage<T>(id, route, spec, options);
    const check = this.#config.checkResponse;
    if (check === undefined) return this.#client.requestPage<T>(spec, options);
    const schema = this.#validators(id).response;
    // Core runs the check on every page, including those fetched later by the iterator.
    return this.#client.requestPage<T>(spec, options, (body) =>
      check(id, schema, { results: body.results, next: body.next ?? null, previous: body.previous ?? null }),
    );
  }

  #offsetPage<T>(
    id: string,
    route: OperationRoute,
    spec: RequestSpec,
    options?: RequestOptions,
  ): PagePromise<T> {
    const field = route.itemsField ?? 'results';
    const check = this.#config.checkResponse;
    const schema = check === undefined ? undefined : this.#validators(id).response;
    const baseQuery: QueryParams = { ...spec.query };
    const requested = typeof baseQuery.limit === 'number' ? baseQuery.limit : undefined;
    const { idempotencyKey: _unused, ...pageOptions } = options ?? {};

    const fetchAt = (offset: number, limit: number | undefined, first: boolean): APIPromise<Page<T>> => {
      const query: QueryParams = first ? (spec.query ?? {}) : { ...baseQuery, offset };
      if (!first && limit !== undefined) query.limit = limit;
      const pageSpec: RequestSpec = { ...spec, query: Object.keys(query).length > 0 ? query : undefined };
      return this.#client
        .request<unknown>(pageSpec, first ? options : pageOptions)
        .mapData((body, response) => {
          const items = isRecord(body) ? body[field] : undefined;
          if (!isRecord(body) || !Array.isArray(items)) {
            throw createAPIError({
              status: response.status,
              code: 'invalid_response',
              message: `The list response has no \`${field}\` array.`,
              headers: response.headers,
              idempotencyKey: response.idempotencyKey,
            });
          }
          if (check !== undefined && schema !== undefined) check(id, schema, body);
          const total = typeof body.total === 'number' ? body.total : undefined;
          const pageLimit = limit ?? (typeof body.limit === 'number' ? body.limit : items.length);
          return new OffsetPage<T>(items as T[], { offset, limit: pageLimit, total }, (next) =>
            fetchAt(next, pageLimit, false),
          ) as Page<T>;
        });
    };
    const startOffset = typeof baseQuery.offset === 'number' ? baseQuery.offset : 0;
    return new PagePromise<T>(fetchAt(startOffset, requested, true).withResponse());
  }

  #options(spec: RequestSpec, options: RequestOptions | undefined): RequestOptions | undefined {
    // With no idempotency mechanism, a replayed POST could act twice: send it once.
    if (spec.method === 'POST' && this.#config.retryPosts === false) return { ...options, maxRetries: 0 };
    return options;
  }

  #route(id: string): OperationRoute {
    const route = this.#config.routes[id];
    if (route === undefined) throw new RangeError(`Unknown operation ${id}.`);
    return route;
  }

  #validators(id: string): OperationValidatorSet<I> {
    const validator = this.#table?.[id];
    if (validator === undefined) throw new RangeError(`No validators for operation ${id}.`);
    return validator;
  }

  /**
   * Whether a call of `id` has anything for the validators to do: a response to check, or a query
   * or body to check before sending. A route that does not say what it takes is assumed to take both.
   */
  #needsValidators(id: string): boolean {
    if (this.#config.checkResponse !== undefined) return true;
    if (this.#config.validateRequests === false) return false;
    const route = this.#route(id);
    return route.hasBody !== false || route.queryParams === undefined || route.queryParams.length > 0;
  }

  /** Loads the validators once; concurrent first calls share the load, and a failed load is retried. */
  #load(): Promise<OperationValidatorTable<I>> {
    const loader = this.#config.validators as () => Promise<OperationValidatorTable<I>>;
    this.#loading ??= loader().then(
      (table) => {
        this.#table = table;
        return table;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  #prepare(id: string, input: OperationInput): RequestSpec {
    const route = this.#route(id);
    const issues: RequestIssue[] = [];
    const requestPath = fillPath(route, input.pathParams ?? {}, issues);
    const format = this.#config.formatIssues ?? defaultFormatIssues;

    // Without its validators at hand, a call that has nothing for them to check (see
    // #needsValidators) goes without them.
    if (this.#config.validateRequests !== false && this.#table !== undefined) {
      const validator = this.#validators(id);
      if (validator.query !== null) {
        const query = input.query ?? {};
        const result = validator.query.safeParse(query);
        if (!result.success) issues.push(...format(result.error.issues, query));
      }
      if (input.body === undefined) {
        if (validator.bodyRequired) issues.push({ path: '', message: 'Required: this method needs a body' });
      } else if (validator.body !== null) {
        const result = validator.body.safeParse(input.body);
        if (!result.success) issues.push(...format(result.error.issues, input.body));
      }
    }
    if (issues.length > 0) throw (this.#config.requestError ?? defaultRequestError)(id, issues);

    const spec: RequestSpec = { method: route.method, path: requestPath };
    // Only an operation declared to return nothing may succeed without a JSON body.
    if (route.responseBody === 'none') spec.responseType = 'none';
    // Generated query types are plain objects of scalars, which is what core serialises.
    if (input.query !== undefined) spec.query = input.query as QueryParams;
    if (input.body !== undefined) spec.body = input.body;
    return spec;
  }
}

/**
 * Fills `{name}` placeholders with {@link encodePathParam}, which percent-encodes each id and
 * refuses `..` or `/`, naming the parameter. Every problem is added to `issues`.
 */
function fillPath(
  route: OperationRoute,
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
