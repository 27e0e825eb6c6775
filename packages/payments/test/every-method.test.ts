import * as core from '@ummah/core';
import { operationIds } from '@ummah/schema/ummah/routes';
import { type RecordedRequest, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Ummah } from '../src/index.js';
import { type MethodCase, methodCases } from './support/method-cases.js';

const KEY = 'sk_test_every_method';

/** Asserts the request on the wire is exactly what the method's row in the table says. */
function expectWireRequest(request: RecordedRequest, row: MethodCase): void {
  expect(request.method).toBe(row.method);
  expect(request.path).toBe(`/api/v1${row.path}`);
  expect(Object.fromEntries(request.query)).toEqual(row.query ?? {});
  if (row.body === undefined) {
    expect(request.rawBody).toBe('');
  } else {
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.body).toEqual(row.body);
  }
  expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  // POSTs carry an idempotency key so a retried call never moves money twice.
  if (row.method === 'POST') expect(request.headers['idempotency-key']).toMatch(/\S/);
}

function replyOf(row: MethodCase) {
  return { status: row.status ?? 200, body: row.response };
}

describe('the method table', () => {
  it('covers each of the 47 gateway operations exactly once', () => {
    const covered = methodCases.map((row) => row.operation);
    expect(new Set(covered).size).toBe(covered.length);
    expect([...covered].sort()).toEqual([...operationIds].sort());
    expect(covered).toHaveLength(47);
  });
});

describe('every method against a real HTTP server on 127.0.0.1 (default Node transport, strict response checks)', () => {
  let gateway: RecordingServer;
  let ummah: Ummah;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1' });
    ummah = new Ummah(KEY, { baseURL: gateway.baseURL, maxRetries: 0, validateResponses: 'strict' });
  });
  afterAll(() => gateway.close());

  it('runs on the Node build of core, whose default transport is node:http', () => {
    expect('createNodeHttpTransport' in core).toBe(true);
  });

  it.each(methodCases)(
    '$operation sends $method $path and resolves with the documented response',
    async (row) => {
      gateway.requests.length = 0;
      gateway.respondWith(() => replyOf(row));
      const result = await row.call(ummah);
      expect(gateway.requests).toHaveLength(1);
      expectWireRequest(gateway.requests[0] as RecordedRequest, row);
      expect(result).toEqual('expected' in row ? row.expected : row.response);
    },
  );
});

describe('every method through msw, with a `fetch` passed to the client', () => {
  const recorded: RecordedRequest[] = [];
  let current: MethodCase | undefined;
  const server = setupServer(
    http.all('https://gate.msw.test/api/v1/*', async ({ request }) => {
      const url = new URL(request.url);
      const rawBody = await request.text();
      recorded.push({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        path: url.pathname,
        query: url.searchParams,
        headers: Object.fromEntries(request.headers),
        rawBody,
        body: rawBody === '' ? undefined : JSON.parse(rawBody),
      });
      const row = current as MethodCase;
      const status = row.status ?? 200;
      return status === 204
        ? new HttpResponse(null, { status })
        : new HttpResponse(JSON.stringify(row.response), {
            status,
            headers: { 'content-type': 'application/json' },
          });
    }),
  );
  // Late-bound, so the call goes through the fetch msw has patched.
  const ummah = new Ummah(KEY, {
    baseURL: 'https://gate.msw.test/api/v1',
    fetch: (input, init) => globalThis.fetch(input, init),
    maxRetries: 0,
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    recorded.length = 0;
    server.resetHandlers();
  });
  afterAll(() => server.close());

  it.each(methodCases)(
    '$operation sends $method $path and resolves with the documented response',
    async (row) => {
      current = row;
      const result = await row.call(ummah);
      expect(recorded).toHaveLength(1);
      expectWireRequest(recorded[0] as RecordedRequest, row);
      expect(result).toEqual('expected' in row ? row.expected : row.response);
    },
  );
});
