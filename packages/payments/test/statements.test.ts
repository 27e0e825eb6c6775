import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIUserAbortError, AuthenticationError, NotFoundError } from '@ummah/core';
import {
  referenceResponses as fx,
  type RecordedRequest,
  type RecordingServer,
  type Reply,
  startRecordingServer,
} from '@ummah/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StatementFailedError, StatementTimeoutError, Ummah, UmmahError, VERSION } from '../src/index.js';
import { writeStatementToFile } from '../src/node.js';

const KEY = 'sk_test_statements';
const CSV = 'id,amount,currency\npur_1,2999,USD\npur_2,1500,USD\n';

describe('statements', () => {
  let api: RecordingServer;
  let storage: RecordingServer;
  let ummah: Ummah;
  /** Statuses the next retrieves answer with, in order; the last one repeats. */
  let script: Array<{ status?: string; download_url?: string | null }>;

  const statementReply = (request: RecordedRequest): Reply => {
    if (request.method === 'POST' && request.path === '/api/v1/company_statements/') {
      return { status: 201, body: fx.statement };
    }
    if (request.method === 'GET' && request.path === `/api/v1/company_statements/${fx.statement.id}/`) {
      const next = script.length > 1 ? script.shift() : script[0];
      return { body: { ...fx.statement, ...next } };
    }
    return { status: 404, body: { error: 'Not Found', detail: 'Object with this ID does not exist.' } };
  };

  const storageReply = (request: RecordedRequest): Reply =>
    request.path === '/stmt/1.csv'
      ? { raw: CSV, headers: { 'content-type': 'text/csv' } }
      : { status: 404, raw: 'missing' };

  beforeAll(async () => {
    api = await startRecordingServer({ basePath: '/api/v1', handler: statementReply });
    storage = await startRecordingServer(storageReply);
    ummah = new Ummah(KEY, { baseURL: api.baseURL, maxRetries: 0 });
  });
  beforeEach(() => {
    api.requests.length = 0;
    storage.requests.length = 0;
    script = [{}];
  });
  /**
   * The methods of the requests one test's client sent. A status check that an earlier test's
   * deadline cut off can still reach the server after this test began, so counting every recorded
   * request would blame this test for it.
   */
  const requestsOf = (mark: string): string[] =>
    api.requests.filter((request) => request.headers['x-test'] === mark).map((request) => request.method);

  afterAll(async () => {
    await api.close();
    await storage.close();
  });

  describe('createAndWait', () => {
    it('creates the statement, polls until it has a download_url and resolves with it', async () => {
      const ready = { status: 'success', download_url: `${storage.origin}/stmt/1.csv` };
      script = [{ status: 'queued' }, { status: 'processing' }, ready];
      const statement = await ummah.statements.createAndWait(
        { format: 'csv', timezone: 'UTC' },
        { pollInterval: 1 },
      );
      expect(statement).toEqual({ ...fx.statement, ...ready });
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'POST /api/v1/company_statements/',
        `GET /api/v1/company_statements/${fx.statement.id}/`,
        `GET /api/v1/company_statements/${fx.statement.id}/`,
        `GET /api/v1/company_statements/${fx.statement.id}/`,
      ]);
      expect(api.requests[0]?.body).toEqual({ format: 'csv', timezone: 'UTC' });
    });

    it('returns at once, without polling, when the statement is ready on creation', async () => {
      const ready = { ...fx.statement, status: 'success', download_url: `${storage.origin}/stmt/1.csv` };
      api.respondWith(() => ({ status: 201, body: ready }));
      try {
        await expect(ummah.statements.createAndWait({ format: 'csv' }, { pollInterval: 1 })).resolves.toEqual(
          ready,
        );
        expect(api.requests).toHaveLength(1);
      } finally {
        api.respondWith(statementReply);
      }
    });

    it('rejects with StatementFailedError when the statement fails, carrying the statement', async () => {
      script = [{ status: 'processing' }, { status: 'failed' }];
      const error = await ummah.statements
        .createAndWait({ format: 'xlsx' }, { pollInterval: 1 })
        .catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(StatementFailedError);
      expect((error as StatementFailedError).code).toBe('statement_failed');
      expect((error as StatementFailedError).statement).toMatchObject({
        id: fx.statement.id,
        status: 'failed',
      });
    });

    it('treats a cancelled statement as failed instead of polling forever', async () => {
      script = [{ status: 'cancelled' }];
      await expect(
        ummah.statements.createAndWait({ format: 'csv' }, { pollInterval: 1 }),
      ).rejects.toBeInstanceOf(StatementFailedError);
    });

    it('rejects with StatementTimeoutError once the timeout passes, with the last status seen', async () => {
      script = [{ status: 'processing' }];
      const error = await ummah.statements
        .createAndWait({ format: 'csv' }, { pollInterval: 5, timeout: 30 })
        .catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(StatementTimeoutError);
      expect((error as StatementTimeoutError).code).toBe('statement_timeout');
      expect((error as StatementTimeoutError).timeout).toBe(30);
      expect((error as StatementTimeoutError).statement.id).toBe(fx.statement.id);
    });

    it('stops with APIUserAbortError when the signal fires while waiting', async () => {
      const TEST_MARK = 'abort-while-waiting';
      script = [{ status: 'processing' }];
      const controller = new AbortController();
      // Abort once the statement exists (its create call answered), i.e. during the first wait between polls.
      const client = new Ummah(KEY, {
        baseURL: api.baseURL,
        maxRetries: 0,
        hooks: { onResponse: () => void setTimeout(() => controller.abort(), 50) },
        defaultHeaders: { 'x-test': TEST_MARK },
      });
      const waiting = client.statements.createAndWait(
        { format: 'csv' },
        { pollInterval: 10_000, signal: controller.signal },
      );
      await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
      expect(requestsOf(TEST_MARK)).toEqual(['POST']);
    });

    it('stops polling when the signal of the request options fires, not only the wait signal', async () => {
      const TEST_MARK = 'abort-from-request-options';
      script = [{ status: 'processing' }];
      const controller = new AbortController();
      // Abort only once the create call has been answered, so the signal fires during the 10 s wait
      // between polls (aborting the create itself proves nothing about polling).
      const client = new Ummah(KEY, {
        baseURL: api.baseURL,
        maxRetries: 0,
        hooks: { onResponse: () => void setTimeout(() => controller.abort(), 50) },
        defaultHeaders: { 'x-test': TEST_MARK },
      });
      const waiting = client.statements.createAndWait(
        { format: 'csv' },
        { pollInterval: 10_000 },
        { signal: controller.signal },
      );
      await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
      expect(requestsOf(TEST_MARK)).toEqual(['POST']);
    });

    it.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY])(
      'refuses a poll interval of %s before creating anything',
      async (pollInterval) => {
        await expect(
          ummah.statements.createAndWait({ format: 'csv' }, { pollInterval }),
        ).rejects.toBeInstanceOf(RangeError);
        expect(api.requests).toEqual([]);
      },
    );
  });

  describe('download', () => {
    it('streams the file of a ready statement without sending the API key to the storage host', async () => {
      const statement = { ...fx.statement, status: 'success', download_url: `${storage.origin}/stmt/1.csv` };
      const stream = await ummah.statements.download(statement);
      expect(stream).toBeInstanceOf(ReadableStream);
      expect(await new Response(stream).text()).toBe(CSV);
      expect(storage.requests).toHaveLength(1);
      expect(storage.requests[0]?.headers.authorization).toBeUndefined();
      expect(api.requests).toHaveLength(0);
    });

    it('hands over the first bytes before the file has finished downloading (no buffering)', async () => {
      let release: () => void = () => undefined;
      const rest = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The server sends the header row, then holds the rest back until the test has read that row:
      // a downloader that buffered the whole file would never return.
      const slow = await startRecordingServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/csv' });
        response.write('id,amount,currency\n');
        void rest.then(() => response.end('pur_1,2999,USD\n'));
      });
      try {
        const stream = await ummah.statements.download({
          ...fx.statement,
          download_url: `${slow.origin}/s.csv`,
        });
        const reader = stream.getReader();
        const first = await reader.read();
        expect(new TextDecoder().decode(first.value)).toBe('id,amount,currency\n');
        release();
        let tail = '';
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          tail += new TextDecoder().decode(chunk.value);
        }
        expect(tail).toBe('pur_1,2999,USD\n');
      } finally {
        release();
        await slow.close();
      }
    });

    it('retrieves the statement first when given its id', async () => {
      script = [{ status: 'success', download_url: `${storage.origin}/stmt/1.csv` }];
      const stream = await ummah.statements.download(fx.statement.id);
      expect(await new Response(stream).text()).toBe(CSV);
      expect(api.requests.map((r) => r.path)).toEqual([`/api/v1/company_statements/${fx.statement.id}/`]);
    });

    it('sends the API key when the download link is on the API origin itself', async () => {
      api.respondWith((request) =>
        request.path === '/files/1.csv'
          ? { raw: CSV, headers: { 'content-type': 'text/csv' } }
          : statementReply(request),
      );
      try {
        const stream = await ummah.statements.download({
          ...fx.statement,
          download_url: `${api.origin}/files/1.csv`,
        });
        expect(await new Response(stream).text()).toBe(CSV);
        expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
      } finally {
        api.respondWith(statementReply);
      }
    });

    it('downloads like every call: User-Agent, default headers, hooks, retries, no key for the storage host', async () => {
      let attempts = 0;
      storage.respondWith(() =>
        ++attempts === 1
          ? { status: 503, raw: 'busy' }
          : { raw: CSV, headers: { 'content-type': 'text/csv' } },
      );
      const seen: string[] = [];
      const client = new Ummah(KEY, {
        baseURL: api.baseURL,
        maxRetries: 1,
        retry: { initialDelayMs: 1, maxDelayMs: 1 },
        defaultHeaders: { 'X-Shop': 'demo' },
        hooks: { onRequest: ({ url, attempt }) => void seen.push(`${new URL(url).pathname} #${attempt}`) },
      });
      try {
        const stream = await client.statements.download({
          ...fx.statement,
          download_url: `${storage.origin}/stmt/flaky.csv`,
        });
        expect(await new Response(stream).text()).toBe(CSV);
      } finally {
        storage.respondWith(storageReply);
      }
      expect(seen).toEqual(['/stmt/flaky.csv #0', '/stmt/flaky.csv #1']);
      expect(storage.requests).toHaveLength(2);
      for (const request of storage.requests) {
        expect(request.headers['user-agent']).toMatch(new RegExp(`^ummah-node/${VERSION} `));
        expect(request.headers['x-shop']).toBe('demo');
        expect(request.headers.authorization).toBeUndefined();
      }
    });

    it('refuses a statement that has no download_url yet, without any request', async () => {
      const error = await ummah.statements.download(fx.statement).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(UmmahError);
      expect((error as UmmahError).code).toBe('statement_not_ready');
      expect(storage.requests).toHaveLength(0);
    });

    it('masks the API key when the API origin echoes it in a download error', async () => {
      api.respondWith((request) =>
        request.path === '/files/2.csv'
          ? { status: 401, raw: JSON.stringify({ message: `Invalid key ${request.headers.authorization}` }) }
          : statementReply(request),
      );
      try {
        const error = await ummah.statements
          .download({ ...fx.statement, download_url: `${api.origin}/files/2.csv` })
          .catch((reason: unknown) => reason);
        expect(error).toBeInstanceOf(AuthenticationError);
        const everything = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
        expect(everything).not.toContain(KEY);
        expect((error as Error).message).toContain('Invalid key');
      } finally {
        api.respondWith(statementReply);
      }
    });

    it('maps an error status of the storage host to the typed API error', async () => {
      const missing = { ...fx.statement, download_url: `${storage.origin}/stmt/expired.csv` };
      await expect(ummah.statements.download(missing)).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('writeStatementToFile (Node helper)', () => {
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ummah-statements-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('writes the stream to the file and reports the bytes written', async () => {
      const target = join(dir, 'statement.csv');
      const statement = { ...fx.statement, download_url: `${storage.origin}/stmt/1.csv` };
      const written = await writeStatementToFile(ummah.statements.download(statement), target);
      expect(written).toEqual({ path: target, bytes: Buffer.byteLength(CSV) });
      expect(await readFile(target, 'utf8')).toBe(CSV);
    });

    it('stops and removes the partial file when its signal aborts', async () => {
      const target = join(dir, 'aborted.csv');
      const controller = new AbortController();
      const endless = new ReadableStream<Uint8Array>({
        pull(stream) {
          stream.enqueue(new TextEncoder().encode('pur_1,2999,USD\n'));
          controller.abort();
        },
      });
      await expect(writeStatementToFile(endless, target, { signal: controller.signal })).rejects.toThrow();
      expect((await readdir(dir)).filter((name) => name.startsWith('aborted'))).toEqual([]);
    });

    it('leaves no file behind when the stream fails midway', async () => {
      const target = join(dir, 'broken.csv');
      const failing = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('id,amount\n'));
          controller.error(new Error('connection reset'));
        },
      });
      await expect(writeStatementToFile(failing, target)).rejects.toThrow('connection reset');
      expect((await readdir(dir)).filter((name) => name.startsWith('broken'))).toEqual([]);
    });
  });
});
