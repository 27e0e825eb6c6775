import { InvalidRequestError } from '../errors/request-errors.js';
import { APIPromise, type RawResponse } from './api-promise.js';

/** One page of a list endpoint (the gateway's `{ results, next, previous }` envelope). */
export interface Page<T> {
  results: T[];
  /** Absolute URL of the next page, or null on the last page. */
  next: string | null;
  /** Absolute URL of the previous page, or null on the first page. */
  previous: string | null;
  hasNextPage(): boolean;
  /** Fetches the next page; rejects when there is none. */
  getNextPage(): Promise<Page<T>>;
}

/** Fetches the page at an absolute URL (provided by the client, which checks the origin). */
export type PageFetcher<T> = (url: string) => Promise<Page<T>>;

/**
 * Inspects the decoded body of each page of a list call (the first and every later one) before the
 * page is handed out; throwing rejects that page. See `HttpClient.requestPage`.
 */
export type PageCheck = (
  body: { results: unknown[]; next?: string | null; previous?: string | null },
  response: RawResponse,
) => void;

/** The built-in {@link Page}. Holds only its own items, so iterating many pages keeps memory flat. */
export class ListPage<T> implements Page<T> {
  readonly results: T[];
  readonly next: string | null;
  readonly previous: string | null;
  readonly #fetchPage: PageFetcher<T>;

  constructor(
    envelope: { results: T[]; next: string | null; previous: string | null },
    fetchPage: PageFetcher<T>,
  ) {
    this.results = envelope.results;
    this.next = envelope.next;
    this.previous = envelope.previous;
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    return this.next !== null && this.next !== '';
  }

  getNextPage(): Promise<Page<T>> {
    if (this.next === null || this.next === '') {
      return Promise.reject(new RangeError('No next page: check hasNextPage() first.'));
    }
    return this.#fetchPage(this.next);
  }
}

/**
 * The promise list methods return: await it for the first page, or iterate it with `for await`
 * to walk every item of every page, following `next` one page at a time.
 *
 * @example
 * const first = await client.requestPage<Client>({ method: 'GET', path: '/clients/' });
 * for await (const c of client.requestPage<Client>({ method: 'GET', path: '/clients/' })) console.log(c.id);
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  /** Iterates pages rather than items. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = await this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) {
      yield* page.results;
    }
  }

  /**
   * Collects items into an array, following `next` pages until `limit` items are gathered or the
   * list ends; no page past the one holding the last item needed is requested. `limit` is required:
   * a list can be longer than memory, and `for await` walks it without holding it.
   *
   * @example
   * const recent = await ummah.clients.list().toArray({ limit: 200 });
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new InvalidRequestError('`limit` of toArray() must be a non-negative integer.', [
        { path: 'limit', message: 'Expected a non-negative integer' },
      ]);
    }
    const items: T[] = [];
    if (limit === 0) return items;
    for await (const page of this.iterPages()) {
      for (const item of page.results) {
        items.push(item);
        if (items.length === limit) return items;
      }
    }
    return items;
  }
}
