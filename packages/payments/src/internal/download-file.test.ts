import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  HttpClient,
  type HttpClientConfig,
  RateLimitError,
} from '@ummah/core';
import { describe, expect, it } from 'vitest';
import { downloadFile } from './download-file.js';

const BASE = 'https://gate.ummah.test/api/v1';
const KEY = 'sk_test_download';

/** A client over a scripted `fetch` that records what it was asked, and a downloader on it. */
function downloaderWith(
  fetchImpl: (url: string, init: RequestInit) => Promise<Response>,
  config: Partial<HttpClientConfig> = {},
) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const client = new HttpClient({
    baseURL: BASE,
    apiKey: KEY,
    maxRetries: 0,
    timeout: 1_000,
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
      return fetchImpl(String(input), init ?? {});
    }) as typeof fetch,
    ...config,
  });
  const download = (link: string, options?: Parameters<typeof downloadFile>[2]) =>
    downloadFile(client, link, options);
  return { download, calls };
}

const hangUntilAborted = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('downloadFile', () => {
  it('adds the API key only for links on the API origin', async () => {
    const { download, calls } = downloaderWith(async () => new Response('a,b\n'));
    await download('https://storage.ummah.test/stmt/1.csv');
    await download('https://gate.ummah.test/files/1.csv');
    expect(calls[0]?.headers.authorization).toBeUndefined();
    expect(calls[1]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('sends the User-Agent and default headers to every host, as every call does', async () => {
    const { download, calls } = downloaderWith(async () => new Response('x'), {
      userAgent: 'ummah-node/1.2.3',
      defaultHeaders: { 'X-Shop': 'demo' },
    });
    await download('https://storage.ummah.test/stmt/1.csv');
    expect(calls[0]?.headers['user-agent']).toMatch(/^ummah-node\/1\.2\.3 \(/);
    expect(calls[0]?.headers['x-shop']).toBe('demo');
  });

  it('retries a 503 from the storage host and streams the file that follows', async () => {
    let attempts = 0;
    const { download } = downloaderWith(
      async () => (++attempts === 1 ? new Response('busy', { status: 503 }) : new Response('a,b\n')),
      { maxRetries: 2, retry: { initialDelayMs: 1, maxDelayMs: 1 } },
    );
    const stream = await download('https://storage.ummah.test/stmt/1.csv');
    expect(await new Response(stream).text()).toBe('a,b\n');
    expect(attempts).toBe(2);
  });

  it('resolves relative links against the API root', async () => {
    const { download, calls } = downloaderWith(async () => new Response('x'));
    await download('statements/1.csv');
    expect(calls[0]?.url).toBe('https://gate.ummah.test/api/v1/statements/1.csv');
  });

  it('refuses links that are not http(s) without fetching them', async () => {
    const { download, calls } = downloaderWith(async () => new Response('x'));
    await expect(download('file:///etc/passwd')).rejects.toBeInstanceOf(APIConnectionError);
    expect(calls).toHaveLength(0);
  });

  it('gives up with APIConnectionTimeoutError when the response head does not arrive in time', async () => {
    const { download } = downloaderWith(hangUntilAborted, { timeout: 5 });
    await expect(download('https://storage.ummah.test/slow.csv')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
  });

  it('stops with APIUserAbortError when the caller aborts', async () => {
    const { download } = downloaderWith(hangUntilAborted);
    const controller = new AbortController();
    const pending = download('https://storage.ummah.test/slow.csv', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('wraps a network failure in APIConnectionError with the cause', async () => {
    const failure = new TypeError('fetch failed');
    const { download } = downloaderWith(async () => Promise.reject(failure));
    const error = await download('https://storage.ummah.test/1.csv').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).cause).toBe(failure);
  });

  it('maps an error status to the typed API error, with the body message', async () => {
    const { download } = downloaderWith(
      async () =>
        new Response(JSON.stringify({ error: 'rate_limit_exceeded', message: 'Slow down' }), { status: 429 }),
    );
    const error = await download('https://storage.ummah.test/1.csv').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe('rate_limit_exceeded');
    expect((error as RateLimitError).message).toContain('Slow down');
  });
});
