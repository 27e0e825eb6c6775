import type { Pager } from './operation-route';

/**
 * Pages by `limit` and `offset` (PebblePay): the envelope holds the page under the operation's items
 * field with `total`, `limit` and `offset`. The query validators check both numbers; absent ones
 * mean the first page of `defaultLimit` items.
 */
export function offsetPager(defaultLimit: number): Pager {
  return {
    params: [],
    page: (items, url, definition) => {
      const limit = Number(url.searchParams.get('limit') || defaultLimit);
      const offset = Number(url.searchParams.get('offset') || 0);
      return {
        [definition.itemsField ?? 'items']: items.slice(offset, offset + limit),
        total: items.length,
        limit,
        offset,
      };
    },
  };
}
