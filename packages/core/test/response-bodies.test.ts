import { type RecordingServer, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import type { HttpClientConfig, Transport } from '../src/index.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  HttpClient as NeutralHttpClient,
  NotFoundError,
} from '../src/index.js';
import { createUndiciTransport, HttpClient } from '../src/index.node.js';

const KEY = 'sk_test_bodies12345';

/** Every byte value, twice: invalid UTF-8, so a text read anywhere on the way would corrupt it. */
const BINARY = Uint8Array.from({ length: 512 }, (_, i) => i % 256);

const transports: Array<[string, (config: HttpClientConfig) => NeutralHttpClient]> = [
  ['node:http (node build)', (config) => new HttpClient(config)],
  ['undici (node build)', (config) => new HttpClient({ ...config, transport: createUndiciTransport() })],
  ['fetch (neutral build)', (config) => new NeutralHttpClient({ fetch: globalThis.fetch, ...config })],
];

/** Reads a stream to the end. */
async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe.each(transports)('binary and streamed bodies over %s', (_name, create) => {
  const startServer = recordingServersPerTest();

  const clientFor = (s: RecordingServer, config: Partial<HttpClientConfig> = {}): NeutralHttpClient =>
    create({
      baseURL: `${s.origin}/api/v1`,
      apiKey: KEY,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      ...config,
    });

  it('resolves a binary body byte for byte with responseType "bytes"', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(BINARY);
    });
    const bytes = await clientFor(server).request({
      method: 'GET',
      path: '/files/1.xlsx',
      responseType: 'bytes',
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([...BINARY]);
  });

  it('streams a binary body byte for byte, and keeps the response with withResponse()', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-request-id': 'req_file' });
      res.end(BINARY);
    });
    const { data, response, requestId } = await clientFor(server)
      .request({ method: 'GET', path: '/files/1.xlsx', responseType: 'stream' })
      .withResponse();
    expect(data).toBeInstanceOf(ReadableStream);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_file');
    expect([...(await drain(data))]).toEqual([...BINARY]);
  });

  it('hands over the first bytes of a stream before the server has sent the rest', async () => {
    let release: () => void = () => undefined;
    const rest = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('id,amount\n');
      void rest.then(() => res.end('pur_1,2999\n'));
    });
    try {
      const stream = await clientFor(server).request({
        method: 'GET',
        path: '/s.csv',
        responseType: 'stream',
      });
      const reader = stream.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toBe('id,amount\n');
      release();
      let tail = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        tail += new TextDecoder().decode(chunk.value);
      }
      expect(tail).toBe('pur_1,2999\n');
    } finally {
      release();
    }
  });

  it('asks for any content type, not JSON, when it reads a file', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200);
      res.end('x');
    });
    await clientFor(server).request({ method: 'GET', path: '/s.csv', responseType: 'bytes' });
    expect(server.requests[0]?.headers.accept).toBe('*/*');
  });

  it('retries a 503 before the file and turns an error status into the typed error, not a stream', async () => {
    const server = await startServer((_request, _response, { attempt }) =>
      attempt === 1
        ? { status: 503, body: { error: 'server_error' } }
        : { status: 404, body: { error: 'Not Found', detail: 'No such file.' } },
    );
    const error = await clientFor(server)
      .request({ method: 'GET', path: '/s.csv', responseType: 'stream' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain('No such file.');
    expect(server.requests).toHaveLength(2);
  });

  it('bounds only the response head of a stream by the deadline: a slow body still completes', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      let sent = 0;
      const timer = setInterval(() => {
        res.write(`row ${sent}\n`);
        if (++sent === 8) {
          clearInterval(timer);
          res.end();
        }
      }, 100);
      res.on('close', () => clearInterval(timer));
    });
    // The body takes twice the deadline; the head comes at once.
    const stream = await clientFor(server).request(
      { method: 'GET', path: '/s.csv', responseType: 'stream' },
      { timeout: 400 },
    );
    const text = new TextDecoder().decode(await drain(stream));
    expect(text.split('\n').filter(Boolean)).toHaveLength(8);
  });

  it('times out a "bytes" read whose body trickles past the deadline', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(timer));
    });
    const error = await clientFor(server)
      .request({ method: 'GET', path: '/s.bin', responseType: 'bytes' }, { timeout: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('errors the stream with APIUserAbortError when the caller aborts while it is read', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200);
      res.write('first\n'); // and nothing more
    });
    const controller = new AbortController();
    const stream = await clientFor(server).request(
      { method: 'GET', path: '/s.csv', responseType: 'stream' },
      { signal: controller.signal },
    );
    const reader = stream.getReader();
    await reader.read();
    const pending = reader.read();
    controller.abort(new Error('customer left'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(((error as APIUserAbortError).cause as Error).message).toBe('customer left');
  });

  it('errors the stream with APIConnectionError when the connection drops mid-body', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const stream = await clientFor(server).request({ method: 'GET', path: '/s.csv', responseType: 'stream' });
    await expect(drain(stream)).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('sends the key only to the API origin, and User-Agent and default headers everywhere', async () => {
    const server = await startServer(() => ({ body: {} }));
    const other = await startServer((_request, res) => {
      res.writeHead(200);
      res.end('file');
    });
    const client = clientFor(server, { userAgent: 'ummah-node/9.9.9', defaultHeaders: { 'X-Shop': 'demo' } });
    await drain(
      await client.request({ method: 'GET', path: `${other.origin}/stmt/1.csv`, responseType: 'stream' }),
    );
    await client.request({ method: 'GET', path: `${server.origin}/files/1.csv`, responseType: 'bytes' });
    const foreign = other.requests[0]?.headers;
    const own = server.requests[0]?.headers;
    expect(foreign?.authorization).toBeUndefined();
    expect(own?.authorization).toBe(`Bearer ${KEY}`);
    for (const headers of [foreign, own]) {
      expect(headers?.['user-agent']).toMatch(/^ummah-node\/9\.9\.9 \(/);
      expect(headers?.['x-shop']).toBe('demo');
    }
  });

  it('never mistakes a look-alike host for the API origin', async () => {
    const server = await startServer(() => ({ body: {} }));
    const other = await startServer(() => ({ body: {} }));
    // Same host, and a port that starts with the API's port digits when the two happen to share them.
    const client = clientFor(server);
    await client.request({ method: 'GET', path: `${other.origin}/x/` });
    await client.request({ method: 'GET', path: `${server.origin.replace('127.0.0.1', 'localhost')}/x/` });
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});

describe('bodies through a custom transport that only reads text', () => {
  const textOnly = (body: string): Transport => ({
    request: async () => ({
      status: 200,
      headers: new Headers({ 'content-type': 'text/csv' }),
      text: async () => body,
      cancel: async () => undefined,
    }),
  });

  it('still hands over bytes and a stream, from the text', async () => {
    const client = new NeutralHttpClient({
      baseURL: 'https://gate.test/api/v1',
      apiKey: KEY,
      transport: textOnly('a,b\n'),
    });
    const bytes = await client.request({ method: 'GET', path: '/s.csv', responseType: 'bytes' });
    expect(new TextDecoder().decode(bytes)).toBe('a,b\n');
    const stream = await client.request({ method: 'GET', path: '/s.csv', responseType: 'stream' });
    expect(new TextDecoder().decode(await drain(stream))).toBe('a,b\n');
  });
});
