import type { Transport, TransportRequest, TransportResponse } from './types.js';

/** The stream of a response without a body (204, HEAD). */
const emptyStream = (): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });

/** Status reported for an opaque redirect, whose real 3xx status the runtime does not reveal. */
const OPAQUE_REDIRECT_STATUS = 302;

/**
 * A {@link Transport} over the Fetch API: the default on Deno, Bun, Cloudflare Workers and
 * browsers, and on Node when you pass `fetch` to the client.
 *
 * @param fetchImpl - the fetch to use (a mock, a polyfill, an instrumented wrapper).
 * @default globalThis.fetch, looked up on each call so later polyfills/mocks are honoured
 * @example
 * const client = new HttpClient({ baseURL, apiKey, transport: createFetchTransport(myFetch) });
 */
export function createFetchTransport(fetchImpl?: typeof fetch): Transport {
  return {
    async request(req: TransportRequest): Promise<TransportResponse> {
      const doFetch = fetchImpl ?? globalThis.fetch;
      if (typeof doFetch !== 'function') {
        throw new TypeError(
          'No fetch implementation is available in this runtime; pass `fetch` or `transport`.',
        );
      }
      // Never follow a redirect: a 307/308 would re-send the body to wherever it points, and the
      // answer of another host would be taken for the gateway's. A 3xx becomes an APIError.
      const init: RequestInit = {
        method: req.method,
        headers: req.headers,
        signal: req.signal,
        redirect: 'manual',
      };
      if (req.body !== undefined) init.body = req.body;
      const res = await doFetch(req.url, init);
      return {
        // Browsers and workerd hide a manual redirect behind an opaque response with status 0.
        status: res.type === 'opaqueredirect' || res.status === 0 ? OPAQUE_REDIRECT_STATUS : res.status,
        headers: res.headers,
        text: () => res.text(),
        bytes: async () => new Uint8Array(await res.arrayBuffer()),
        stream: () => res.body ?? emptyStream(),
        cancel: async () => {
          await res.body?.cancel().catch(() => undefined);
        },
      };
    },
  };
}
