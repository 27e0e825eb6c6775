import type { Page } from '../client/page.js';

/** Fetches the page at an offset. */
export type OffsetPageFetcher<T> = (offset: number) => Promise<Page<T>>;

/**
 * One page of a limit/offset list. `next` and `previous` are always null (there are no links);
 * `hasNextPage()` is true until a page comes back short or empty, or `total` is reached.
 */
export class OffsetPage<T> implements Page<T> {
  readonly results: T[];
  readonly next: string | null = null;
  readonly previous: string | null = null;
  readonly #nextOffset: number | null;
  readonly #fetchPage: OffsetPageFetcher<T>;

  constructor(
    items: T[],
    position: { offset: number; limit: number | undefined; total: number | undefined },
    fetchPage: OffsetPageFetcher<T>,
  ) {
    this.results = items;
    this.#fetchPage = fetchPage;
    const nextOffset = position.offset + items.length;
    const short = items.length === 0 || (position.limit !== undefined && items.length < position.limit);
    const reachedTotal = position.total !== undefined && nextOffset >= position.total;
    this.#nextOffset = short || reachedTotal ? null : nextOffset;
  }

  hasNextPage(): boolean {
    return this.#nextOffset !== null;
  }

  getNextPage(): Promise<Page<T>> {
    if (this.#nextOffset === null) {
      return Promise.reject(new RangeError('No next page: check hasNextPage() first.'));
    }
    return this.#fetchPage(this.#nextOffset);
  }
}
