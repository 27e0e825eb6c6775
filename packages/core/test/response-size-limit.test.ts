import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type RecordingServer, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import type { HttpClientConfig } from '../src/index.js';
import {
  ConfigurationError,
  DEFAULT_MAX_RESPONSE_BYTES,
  InternalServerError,
  InvalidRequestError,
  isResponseTooLargeError,
  HttpClient as NeutralHttpClient,
  NotFoundError,
  ResponseTooLargeError,
} from '../src/index.js';
import { createUndiciTransport, HttpClient } from '../src/index.node.js';

const KEY = 'sk_test_sizelimit1234';
const LIMIT = 64 * 1024;

const transports: Array<[string, (config: HttpClientConfig) => NeutralHttpClient]> = [
  ['node:http (node build)', (config) => new HttpClient(config)],
  ['undici (node build)', (config) => new HttpClient({ ...config, transport: createUndiciTransport() })],
  ['fetch (neutral build)', (config) => new NeutralHttpClient({ fetch: globalThis.fetch, ...config })],
];

/** A JSON document of exactly `size` bytes: `{"pad":"xxx…"}`. */
function jsonOfSize(size: number): string {
  return `{"pad":"${'x'.repeat(size - 10)}"}`;
}

/**
 * Writes `total` bytes in 16 KiB chunks without a content-length (chunked), honouring backpressure,
 * and reports how many bytes were written before the client hung up.
 */
function trickle(response: ServerResponse, total: number, status = 200): Promise<number> {
  response.writeHead(status, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(16 * 1024, 0x20);
  let written = 0;
  return new Promise((resolve) => {
    response.on('close', () => resolve(written));
    const pump = (): void => {
      while (written < total) {
        written += chunk.byteLength;
        if (!response.write(chunk)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    pump();
  });
}

describe.each(transports)('maxResponseBytes over %s', (_name, create) => {
  const startServer = recordingServersPerTest();
  const clientFor = (server: RecordingServer, config: Partial<HttpClientConfig> = {}): NeutralHttpClient =>
    create({
      baseURL: `${server.origin}/api/v1`,
      apiKey: KEY,
      maxResponseBytes: LIMIT,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      ...config,
    });

  it('reads a body of exactly the limit, and refuses one byte more without retrying', async () => {
    let size = LIMIT;
    const server = await startServer(() => ({
      raw: jsonOfSize(size),
      headers: { 'content-type': 'application/json' },
    }));
    const client = clientFor(server);
    const data = await client.request<{ pad: string }>({ method: 'GET', path: '/big' });
    expect(data.pad.length).toBe(LIMIT - 10);

    size = LIMIT + 1;
    server.requests.length = 0;
    const error = await client.request({ method: 'GET', path: '/big' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(isResponseTooLargeError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'response_too_large', limit: LIMIT, status: 200 });
    expect(server.requests).toHaveLength(1);
  });

  it('cancels a chunked body as soon as it passes the limit instead of reading it to the end', async () => {
    const total = 64 * 1024 * 1024;
    let written: Promise<number> | undefined;
    const server = await startServer((_request, response) => {
      written = trickle(response, total);
    });
    const error = await clientFor(server)
      .request({ method: 'GET', path: '/endless' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    // The server saw the client hang up long before its 64 MiB were out.
    expect(await written).toBeLessThan(total / 4);
  });

  it('refuses an oversized POST answer with the idempotency key to fetch the result by, sent once', async () => {
    const server = await startServer(() => ({ raw: jsonOfSize(LIMIT * 2) }));
    const error = (await clientFor(server, { maxRetries: 3 })
      .request({ method: 'POST', path: '/purchases/', body: { amount: 100 } })
      .catch((e: unknown) => e)) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.idempotencyKey).toBe(server.requests[0]?.headers['idempotency-key']);
    expect(error.message).toContain('retry with the same idempotencyKey');
    expect(server.requests).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('limits responseType "bytes" too, and leaves a stream for the caller to read at its own pace', async () => {
    const server = await startServer((_request, response) => {
      void trickle(response, LIMIT * 4);
    });
    const client = clientFor(server);
    await expect(
      client.request({ method: 'GET', path: '/file', responseType: 'bytes' }),
    ).rejects.toBeInstanceOf(ResponseTooLargeError);
    const stream = await client.request({ method: 'GET', path: '/file', responseType: 'stream' });
    const read = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(read.byteLength).toBe(LIMIT * 4);
  });

  it('keeps an oversized error response its typed error and its retries, without the body', async () => {
    const server = await startServer((_request, response, { attempt }) => {
      if (attempt === 4) return { status: 404, raw: jsonOfSize(LIMIT * 2) };
      void trickle(response, LIMIT * 2, 503);
    });
    const client = clientFor(server, {
      maxRetries: 2,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const unavailable = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(InternalServerError);
    expect(unavailable).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
    await expect(client.request({ method: 'GET', path: '/x' }, { maxRetries: 0 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('takes a per-call limit over the client’s, and refuses a bad one before sending', async () => {
    const server = await startServer(() => ({ raw: jsonOfSize(1000) }));
    const client = clientFor(server);
    await expect(
      client.request({ method: 'GET', path: '/x' }, { maxResponseBytes: 999 }),
    ).rejects.toMatchObject({
      code: 'response_too_large',
      limit: 999,
    });
    await expect(
      client.request({ method: 'GET', path: '/x' }, { maxResponseBytes: 1000 }),
    ).resolves.toBeDefined();
    server.requests.length = 0;
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(
        client.request({ method: 'GET', path: '/x' }, { maxResponseBytes: bad }),
      ).rejects.toBeInstanceOf(InvalidRequestError);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('maxResponseBytes on compressed bodies (fetch decompresses; the limit counts what it inflates to)', () => {
  const startServer = recordingServersPerTest();
  const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20));

  it('refuses a gzip bomb (32 MiB from a few KiB) once the inflated bytes pass the limit', async () => {
    expect(bomb.byteLength).toBeLessThan(LIMIT);
    const server = await startServer(() => ({
      raw: bomb,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    }));
    const client = new NeutralHttpClient({
      baseURL: server.origin,
      apiKey: KEY,
      fetch: globalThis.fetch,
      maxResponseBytes: LIMIT,
    });
    await expect(client.request({ method: 'GET', path: '/bomb' })).rejects.toMatchObject({
      code: 'response_too_large',
      limit: LIMIT,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reads a compressed answer that inflates to less than the limit', async () => {
    const server = await startServer(() => ({
      raw: gzipSync(JSON.stringify({ id: 'pur_1', note: 'é'.repeat(1000) })),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    }));
    const client = new NeutralHttpClient({ baseURL: server.origin, apiKey: KEY, fetch: globalThis.fetch });
    await expect(client.request({ method: 'GET', path: '/small' })).resolves.toEqual({
      id: 'pur_1',
      note: 'é'.repeat(1000),
    });
  });
});

describe('the maxResponseBytes option', () => {
  it('defaults to 32 MiB and refuses a limit that is not a positive integer at construction', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * 1024 * 1024);
    for (const bad of [0, -5, 2.5, Number.NaN, '1000' as unknown as number]) {
      expect(
        () => new HttpClient({ baseURL: 'https://api.example', apiKey: KEY, maxResponseBytes: bad }),
      ).toThrow(ConfigurationError);
    }
  });
});
