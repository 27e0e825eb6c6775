import { GatewayError } from './gateway-error';

/** The gateway's list envelope. */
export interface ListBody<T> {
  results: T[];
  next: string | null;
  previous: string | null;
}

/** The query parameters that choose a page. */
export const PAGE_PARAMS = ['page', 'limit'] as const;

function pageLink(url: URL, page: number | null): string | null {
  if (page === null) return null;
  const link = new URL(url);
  link.searchParams.set('page', String(page));
  return link.toString();
}

function positiveInteger(raw: string | null, fallback: number): number | undefined {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/**
 * Slices items into the page asked for by `?page=` (1-based) and `?limit=`, with absolute `next` and
 * `previous` links built from the request URL (so they point back at whichever host served it).
 * A page past the end answers 404 "Invalid page.", like the gateway's paginator.
 */
export function paginate<T>(items: readonly T[], url: URL, defaultPageSize: number): ListBody<T> {
  const page = positiveInteger(url.searchParams.get('page'), 1);
  const limit = positiveInteger(url.searchParams.get('limit'), defaultPageSize);
  if (page === undefined || limit === undefined) {
    throw new GatewayError(404, { error: 'Not Found', detail: 'Invalid page.' });
  }
  const pages = Math.max(1, Math.ceil(items.length / limit));
  if (page > pages) throw new GatewayError(404, { error: 'Not Found', detail: 'Invalid page.' });
  const start = (page - 1) * limit;
  return {
    results: items.slice(start, start + limit),
    next: pageLink(url, page < pages ? page + 1 : null),
    previous: pageLink(url, page > 1 ? page - 1 : null),
  };
}
