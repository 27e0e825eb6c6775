import { createAPIError } from '../errors/create-api-error.js';
import { UmmahError } from '../errors/ummah-error.js';
import { buildURL } from '../internal/url.js';
import { createFetchTransport } from '../transport/fetch-transport.js';
import type { Transport } from '../transport/types.js';
import { APIPromise } from './api-promise.js';
import type { EngineConfig } from './engine-config.js';
import { execute } from './execute.js';
import { ListPage, type Page, type PageCheck, PagePromise } from './page.js';
import { resolveConfig } from './resolve-config.js';
import type { HttpClientConfig, RequestOptions, RequestSpec } from './types.js';

const asIs = <T>(data: unknown): T => data as T;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The HTTP engine every provider client is built on: authentication, retries with backoff,
 * idempotency keys, a deadline per call, typed errors, pagination, hooks and redacted logging.
 * Provider specifics (base URL, auth header, error format, idempotency header) are configuration.
 *
 * On Node the default transport is undici with a keep-alive agent; elsewhere it is `fetch`.
 *
 * @example
 * const client = new HttpClient({ baseURL: 'https://gate.ummah.example/api/v1', apiKeyEnvVar: 'UMMAH_SECRET_KEY' });
 * const purchase = await client.request<Purchase>({ method: 'GET', path: path`/purchases/${id}/` });
 */
export class HttpClient {
  /** API root, without trailing slash. */
  readonly baseURL: string;
  /** True for a test-mode key (`sk_test_…` by default). */
  readonly isTestMode: boolean;
  readonly #engine: EngineConfig;

  /** @throws ConfigurationError when the key is missing/malformed or an option is invalid. */
  constructor(config: HttpClientConfig) {
    const resolved = resolveConfig(config, () => this.createDefaultTransport());
    this.baseURL = resolved.baseURL;
    this.isTestMode = resolved.isTestMode;
    this.#engine = resolved.engine;
  }

  /** The transport used when neither `transport` nor `fetch` is configured. */
  protected createDefaultTransport(): Transport {
    return createFetchTransport();
  }

  /**
   * Sends one call and resolves with its body: parsed JSON by default, or the bytes or a stream of
   * a file with `responseType`. Retries, the deadline, hooks and typed errors are the same for all.
   *
   * @example
   * await client.request<Purchase>({ method: 'POST', path: '/purchases/', body }, { idempotencyKey: orderId });
   * const file = await client.request({ method: 'GET', path: downloadUrl, responseType: 'stream' });
   */
  request(
    spec: RequestSpec & { responseType: 'stream' },
    options?: RequestOptions,
  ): APIPromise<ReadableStream<Uint8Array>>;
  request(spec: RequestSpec & { responseType: 'bytes' }, options?: RequestOptions): APIPromise<Uint8Array>;
  request<T>(spec: RequestSpec, options?: RequestOptions): APIPromise<T>;
  request<T>(spec: RequestSpec, options: RequestOptions = {}): APIPromise<T> {
    const url = buildURL(this.baseURL, spec.path, spec.query);
    return new APIPromise<T>(
      execute(
        this.#engine,
        { method: spec.method, url, body: spec.body, options, responseType: spec.responseType },
        asIs<T>,
      ),
    );
  }

  /**
   * Calls a list endpoint: await for the first page, or `for await` over every item of every page.
   * Follow-up pages reuse `options` (headers, timeout per page, signal); each page is its own call.
   *
   * @param checkPage Called with the body of every page, later pages included, before the page is
   * handed out; what it throws rejects that page (a provider's response validation, for instance).
   */
  requestPage<T>(spec: RequestSpec, options: RequestOptions = {}, checkPage?: PageCheck): PagePromise<T> {
    const url = buildURL(this.baseURL, spec.path, spec.query);
    const trail: PageTrail = { url, previous: undefined, emptyRun: 0 };
    return new PagePromise<T>(this.#fetchPage<T>(url, spec, options, checkPage, trail));
  }

  #fetchPage<T>(
    url: string,
    spec: RequestSpec,
    options: RequestOptions,
    checkPage: PageCheck | undefined,
    trail: PageTrail,
  ) {
    const { idempotencyKey: _unused, ...pageOptions } = options ?? {};
    const fetchNext = (next: string): Promise<Page<T>> => {
      let target: URL;
      try {
        target = new URL(next, `${this.baseURL}/`);
      } catch (cause) {
        return Promise.reject(
          new UmmahError('The pagination link is not a valid URL.', { code: 'invalid_response', cause }),
        );
      }
      // A `next` link at another origin would receive our Authorization header: refuse it.
      if (target.origin !== this.#engine.credentials.origin) {
        return Promise.reject(
          new UmmahError(`Refusing to follow a pagination link to another origin (${target.origin}).`, {
            code: 'pagination_origin_mismatch',
          }),
        );
      }
      // A `next` already visited would loop for ever.
      if (visited(trail, target.href)) {
        return Promise.reject(
          new UmmahError('The pagination link points to a page already fetched; stopping to avoid a loop.', {
            code: 'pagination_loop',
          }),
        );
      }
      return this.#fetchPage<T>(
        target.href,
        { ...spec, query: undefined, body: undefined },
        pageOptions,
        checkPage,
        { url: target.href, previous: trail, emptyRun: trail.emptyRun },
      ).then((result) => result.data);
    };
    return execute(this.#engine, { method: spec.method, url, body: spec.body, options }, (data, raw) => {
      if (!isListEnvelope(data)) {
        throw createAPIError({
          status: raw.status,
          code: 'invalid_response',
          message: 'The list response has no `results` array.',
          headers: raw.headers,
          idempotencyKey: raw.idempotencyKey,
        });
      }
      checkPage?.(data, raw);
      const next = data.next ?? null;
      trail.emptyRun = data.results.length === 0 && next !== null ? trail.emptyRun + 1 : 0;
      if (trail.emptyRun >= MAX_EMPTY_PAGES) {
        throw new UmmahError(
          `${MAX_EMPTY_PAGES} pages in a row were empty yet linked to a next page; stopping.`,
          { code: 'pagination_loop' },
        );
      }
      return new ListPage<T>(
        { results: data.results as T[], next: data.next ?? null, previous: data.previous ?? null },
        fetchNext,
      ) as Page<T>;
    });
  }

  /** Secret-free representation for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, isTestMode: this.isTestMode };
  }

  [INSPECT](): string {
    return `HttpClient ${JSON.stringify(this.toJSON())}`;
  }
}

/** Consecutive empty pages with a `next` link after which iteration stops with `pagination_loop`. */
export const MAX_EMPTY_PAGES = 10;

/**
 * The chain of pages that led to one page: its URL, the page before it, and how many empty pages
 * with a `next` link came in a row up to it. Each page has its own, so fetching the same next page
 * twice from one page is not mistaken for a loop.
 */
interface PageTrail {
  readonly url: string;
  readonly previous: PageTrail | undefined;
  emptyRun: number;
}

/** Whether `url` is one of the pages of the chain. */
function visited(trail: PageTrail | undefined, url: string): boolean {
  for (let page = trail; page !== undefined; page = page.previous) if (page.url === url) return true;
  return false;
}

function isListEnvelope(
  data: unknown,
): data is { results: unknown[]; next?: string | null; previous?: string | null } {
  if (typeof data !== 'object' || data === null) return false;
  const envelope = data as Record<string, unknown>;
  const linkOk = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
  return Array.isArray(envelope.results) && linkOk(envelope.next) && linkOk(envelope.previous);
}
