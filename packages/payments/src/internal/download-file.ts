import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, buildAPIError } from '@ummah/core';

/** Per-download options. */
export interface DownloadOptions {
  /** Cancels the download, including a stream that is still being read. */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for the response head. Reading the body is not limited, since a large
   * statement may take long to stream; cancel it with `signal`.
   * @default the client's `timeout`
   */
  timeout?: number;
  /** Extra headers for the file request (not for the statement lookup when an id is given). */
  headers?: Record<string, string>;
}

/** Fetches a file and hands back its body as a stream, without buffering it. */
export type FileDownloader = (url: string, options?: DownloadOptions) => Promise<ReadableStream<Uint8Array>>;

/** What the downloader needs from the client configuration. */
export interface DownloaderConfig {
  /** The `fetch` option of the client; the global `fetch` when absent. */
  fetch: typeof fetch | undefined;
  /** The API root; its origin is the only one that ever receives the API key. */
  baseURL: string;
  /** Authentication headers, resolved lazily and only for same-origin links. */
  authHeaders: () => Record<string, string>;
  timeout: number;
}

const MAX_ERROR_BODY = 4_096;

/**
 * Creates the downloader statements use. Download links usually point at a storage host with a
 * pre-signed URL: the API key is attached only when the link is on the API's own origin, so the
 * key is never handed to a third party. Core's transport reads bodies as text, which would
 * corrupt XLSX and hold the whole file in memory, hence a direct `fetch` here.
 */
export function createDownloader(config: DownloaderConfig): FileDownloader {
  const apiOrigin = new URL(config.baseURL).origin;
  return async (url, options = {}) => {
    const target = new URL(url, `${config.baseURL}/`);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      throw new APIConnectionError(`Refusing to download from a ${target.protocol} link.`, {
        code: 'invalid_download_url',
      });
    }
    const headers: Record<string, string> = { ...options.headers };
    if (target.origin === apiOrigin) Object.assign(headers, config.authHeaders());

    const timeout = options.timeout ?? config.timeout;
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) throw new APIUserAbortError({ cause: options.signal.reason });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new APIConnectionTimeoutError(timeout)), timeout);

    let response: Response;
    try {
      response = await (config.fetch ?? globalThis.fetch)(target.href, {
        method: 'GET',
        headers,
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (cause) {
      options.signal?.removeEventListener('abort', onAbort);
      if (options.signal?.aborted) throw new APIUserAbortError({ cause: options.signal.reason });
      if (controller.signal.reason instanceof APIConnectionTimeoutError) throw controller.signal.reason;
      throw new APIConnectionError('The statement download failed before a response arrived.', { cause });
    } finally {
      // The deadline covers the response head only; the merchant's signal keeps covering the body.
      clearTimeout(timer);
    }

    if (!response.ok) {
      options.signal?.removeEventListener('abort', onAbort);
      const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY);
      // The same path as every API error: the status picks the class, and anything sent as
      // Authorization (the key, with or without its scheme) is masked if the server echoes it.
      const sentAuth = Object.entries(headers)
        .filter(([name]) => name.toLowerCase() === 'authorization')
        .flatMap(([, value]) => [value, value.replace(/^Bearer\s+/i, '')])
        .filter((secret) => secret !== '');
      throw buildAPIError({
        status: response.status,
        text,
        headers: response.headers,
        idempotencyKey: undefined,
        requestIdHeader: 'x-request-id',
        secrets: sentAuth,
      });
    }
    const stream = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    // Release the listener once the body is fully read or cancelled.
    return stream.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        flush: () => options.signal?.removeEventListener('abort', onAbort),
      }),
    );
  };
}
