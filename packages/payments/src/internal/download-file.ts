import { APIConnectionError, APIPromise, type HttpClient, type RequestOptions } from '@ummah/core';

/**
 * Per-download options: those of every call, but for the idempotency key (a download is a GET).
 * `timeout` bounds the attempts up to the response head; the body is not limited, since a large
 * statement may take long to stream: cancel it with `signal`.
 */
export type DownloadOptions = Omit<RequestOptions, 'idempotencyKey'>;

/**
 * Fetches a file through core and hands back its body as a stream, without buffering it. The link
 * is resolved against the API root; core sends the API key only when it is on the API's own origin
 * (download links usually point at a storage host with a pre-signed URL), and the download gets
 * the retries, deadline, hooks, User-Agent, default headers and typed errors of every call.
 */
export function downloadFile(
  client: HttpClient,
  link: string,
  options: DownloadOptions = {},
): APIPromise<ReadableStream<Uint8Array>> {
  const target = new URL(link, `${client.baseURL}/`);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    const error = new APIConnectionError(`Refusing to download from a ${target.protocol} link.`, {
      code: 'invalid_download_url',
    });
    return new APIPromise<ReadableStream<Uint8Array>>(Promise.reject(error));
  }
  return client.request({ method: 'GET', path: target.href, responseType: 'stream' }, options);
}
