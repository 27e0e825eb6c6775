import type { QueryParams } from '../client/types.js';

/** Serialises query params: arrays repeat the key, `null`/`undefined` are dropped. */
export function serializeQuery(query: QueryParams | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value as ReadonlyArray<string | number | boolean>) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  return params.toString();
}

/** Normalises a base URL: validated, no trailing slash (paths carry their own leading slash). */
export function normalizeBaseURL(baseURL: string): string {
  const url = new URL(baseURL); // throws on garbage; the caller turns that into a ConfigurationError
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('baseURL must be http(s)');
  return url.href.replace(/\/+$/, '');
}

/**
 * `base + path + ?query`, or an absolute URL (pagination `next`, a download link) with the query
 * appended. Absolute URLs are normalised, so the engine's origin check compares like with like.
 */
export function buildURL(baseURL: string, path: string, query: QueryParams | undefined): string {
  const qs = serializeQuery(query);
  const url = /^https?:\/\//i.test(path)
    ? normalizeURL(path)
    : baseURL + (path.startsWith('/') ? path : `/${path}`);
  if (qs === '') return url;
  return url + (url.includes('?') ? '&' : '?') + qs;
}

/** `url` as the URL parser spells it; unparsable input is left for the transport to refuse. */
function normalizeURL(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
