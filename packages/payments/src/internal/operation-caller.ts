import {
  APIPromise,
  path as buildPath,
  type HttpClient,
  isInvalidRequestError,
  type Page,
  PagePromise,
  type QueryParams,
  type RequestIssue,
  type RequestOptions,
  type RequestSpec,
} from '@ummah/core';
import { type Operations, type RouteDefinition, routes } from '@ummah/schema/ummah/routes';
import { type OperationValidators, validators } from '@ummah/schema/ummah/validators';
import { RequestValidationError } from '../errors.js';
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

/**
 * The arguments of one call, before validation. Typed by operation, so a resource method whose
 * declared parameter type drifts from the schema fails to compile.
 */
export interface CallInput<K extends OperationId> {
  /** Path parameters in the order the path template names them. */
  pathParams?: ReadonlyArray<string>;
  query?: Operations[K]['query'];
  body?: Operations[K]['body'];
}

/** The validation policy of an `Ummah` instance. */
export interface CallerSettings {
  validateRequests: boolean;
  responseCheck: ResponseCheck;
}

/** A path template split once into the pieces core's `path` tag expects. */
function templateOf(pathTemplate: string): TemplateStringsArray {
  const strings = pathTemplate.split(/\{[^}]+\}/);
  return Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
}

const templates = new Map<string, TemplateStringsArray>();

function cachedTemplate(pathTemplate: string): TemplateStringsArray {
  let template = templates.get(pathTemplate);
  if (template === undefined) {
    template = templateOf(pathTemplate);
    templates.set(pathTemplate, template);
  }
  return template;
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
    if (this.#settings.responseCheck.mode === 'off') return promise;
    const schema = validatorTable[id].response;
    return new APIPromise(
      promise.withResponse().then((result) => {
        checkResponse(this.#settings.responseCheck, id, schema, result.data);
        return result;
      }),
    );
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
    const promise = this.#client.requestPage<ItemOf<K>>(spec, options);
    const check = this.#settings.responseCheck;
    if (check.mode === 'off') return promise;
    const schema = validatorTable[id].response;
    // Every page is checked, including those fetched later by the iterator.
    const checked = (page: Page<ItemOf<K>>): Page<ItemOf<K>> => {
      checkResponse(check, id, schema, { results: page.results, next: page.next, previous: page.previous });
      return {
        results: page.results,
        next: page.next,
        previous: page.previous,
        hasNextPage: () => page.hasNextPage(),
        getNextPage: () => page.getNextPage().then(checked),
      };
    };
    return new PagePromise(
      promise.withResponse().then((result) => ({ ...result, data: checked(result.data) })),
    );
  }

  #prepare<K extends OperationId>(id: K, input: CallInput<K>): RequestSpec {
    const route = routeTable[id];
    const issues: RequestIssue[] = [];
    const requestPath = this.#buildPath(route.path, route.pathParams, input.pathParams ?? [], issues);

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
    // The generated query types are plain objects of scalars, which is what core serialises.
    if (input.query !== undefined) spec.query = input.query as unknown as QueryParams;
    if (input.body !== undefined) spec.body = input.body;
    return spec;
  }

  /**
   * Builds the path with core's `path` tag, which percent-encodes ids and refuses `..` or `/`
   * in them; its refusal is re-reported under the parameter's own name (`id`, `client_id`).
   */
  #buildPath(
    template: string,
    names: ReadonlyArray<string>,
    values: ReadonlyArray<string>,
    issues: RequestIssue[],
  ): string {
    if (names.length === 0) return template;
    for (let i = 0; i < names.length; i++) {
      const value: unknown = values[i];
      const name = names[i] ?? `pathParams.${i}`;
      if (typeof value !== 'string') {
        const received = value === undefined || value === null ? 'nothing' : `a ${typeof value}`;
        issues.push({ path: name, message: `Required: an id string, received ${received}` });
      } else if (value.trim() === '') {
        issues.push({ path: name, message: 'Required: a non-empty id string' });
      }
    }
    if (issues.length > 0) return template;
    try {
      return buildPath(cachedTemplate(template), ...values);
    } catch (error) {
      if (!isInvalidRequestError(error)) throw error;
      for (const issue of error.issues) {
        const index = Number(issue.path.replace(/^pathParams\./, ''));
        issues.push({ path: names[index] ?? issue.path, message: issue.message });
      }
      return template;
    }
  }
}
