import { afterEach, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../src/client/http-client.js';
import type { HttpClientConfig } from '../../src/client/types.js';
import { ConflictError, InternalServerError, RateLimitError } from '../../src/index.js';
import { json, startServer, type TestServer } from './server.js';

/** Builds a client on the transport under test. */
export type ClientFactory = (config: HttpClientConfig) => HttpClient;

const KEY = 'sk_test_4f9a8b7c6d5e';

/**
 * The retry and idempotency behaviour every transport must show against a real local server.
 * Shared by the undici and the fetch transport tests.
 */
export function transportBehaviour(create: ClientFactory): void {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const clientFor = (s: TestServer, config: Partial<HttpClientConfig> = {}): HttpClient =>
    create({
      baseURL: `${s.origin}/api/v1`,
      apiKey: KEY,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      ...config,
    });

  describe('retries', () => {
    it('retries a 503 and resolves with the 200 that follows, sending the same idempotency key', async () => {
      server = await startServer((_req, res, { attempt }) =>
        attempt === 1 ? json(res, 503, { error: 'server_error' }) : json(res, 200, { id: 'p_1' }),
      );
      const result = await clientFor(server)
        .request<{ id: string }>({ method: 'POST', path: '/purchases/', body: { amount: 100 } })
        .withResponse();
      expect(result.data).toEqual({ id: 'p_1' });
      expect(server.requests).toHaveLength(2);
      const keys = server.requests.map((r) => r.headers['idempotency-key']);
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(result.response.idempotencyKey).toBe(keys[0]);
    });

    it('sends a caller-supplied idempotency key unchanged on every attempt', async () => {
      server = await startServer((_req, res, { attempt }) => json(res, attempt < 3 ? 500 : 200, {}));
      await clientFor(server).request(
        { method: 'POST', path: '/purchases/', body: {} },
        { idempotencyKey: 'order-42' },
      );
      expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([
        'order-42',
        'order-42',
        'order-42',
      ]);
    });

    it('gives up after maxRetries and reports the last error with the idempotency key', async () => {
      server = await startServer((_req, res) =>
        json(res, 502, { error: 'server_error', message: 'upstream down' }),
      );
      const error = await clientFor(server, { maxRetries: 3 })
        .request({ method: 'POST', path: '/purchases/', body: {} })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(4);
      expect((error as InternalServerError).idempotencyKey).toBe(
        server.requests[0]?.headers['idempotency-key'],
      );
    });

    it('never retries a 409, whose meaning is that the object state forbids the operation', async () => {
      server = await startServer((_req, res) =>
        json(res, 409, { error: 'Conflict', detail: 'Purchase is not paid.' }),
      );
      const error = await clientFor(server)
        .request({ method: 'POST', path: '/purchases/p_1/refund/' }, { idempotencyKey: 'refund-1' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).idempotencyKey).toBe('refund-1');
      expect((error as ConflictError).message).toBe('409 Purchase is not paid.');
      expect(server.requests).toHaveLength(1);
    });

    it.each([400, 401, 402, 403, 404, 422])('never retries a %i', async (status) => {
      server = await startServer((_req, res) => json(res, status, { error: 'nope' }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect((error as { status: number }).status).toBe(status);
      expect(server.requests).toHaveLength(1);
    });

    it('retries a 408 and a 429', async () => {
      server = await startServer((_req, res, { attempt }) =>
        json(res, attempt === 1 ? 408 : attempt === 2 ? 429 : 200, {}),
      );
      await clientFor(server).request({ method: 'GET', path: '/clients/' });
      expect(server.requests).toHaveLength(3);
    });

    it('waits the retry-after-ms the server asks for after a 429', async () => {
      server = await startServer((_req, res, { attempt }) =>
        attempt === 1
          ? json(res, 429, { error: 'rate_limit_exceeded' }, { 'retry-after-ms': '40' })
          : json(res, 200, {}),
      );
      const delays: number[] = [];
      await clientFor(server, { hooks: { onRetry: ({ delayMs }) => void delays.push(delayMs) } }).request({
        method: 'GET',
        path: '/clients/',
      });
      expect(delays).toEqual([40]);
    });

    it('surfaces a 429 at once when Retry-After exceeds the 60 s ceiling, with retryAfter in seconds', async () => {
      server = await startServer((_req, res) =>
        json(res, 429, { error: 'rate_limit_exceeded' }, { 'retry-after': '120' }),
      );
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBe(120);
      expect((error as RateLimitError).code).toBe('rate_limit_exceeded');
      expect(server.requests).toHaveLength(1);
    });

    it('obeys x-should-retry in both directions', async () => {
      server = await startServer((_req, res, { attempt }) =>
        attempt === 1
          ? json(res, 400, {}, { 'x-should-retry': 'true' })
          : json(res, 503, {}, { 'x-should-retry': 'false' }),
      );
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(2);
    });

    it('does not retry a PATCH without an idempotency key, but does with one', async () => {
      server = await startServer((_req, res, { attempt }) =>
        json(res, attempt === 1 || attempt === 2 ? 503 : 200, {}),
      );
      const client = clientFor(server);
      await expect(
        client.request({ method: 'PATCH', path: '/clients/c_1/', body: {} }),
      ).rejects.toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(1);
      await client.request(
        { method: 'PATCH', path: '/clients/c_1/', body: {} },
        { idempotencyKey: 'patch-1' },
      );
      expect(server.requests).toHaveLength(3);
      expect(server.requests[0]?.headers['idempotency-key']).toBeUndefined();
    });

    it('honours a per-request maxRetries of 0', async () => {
      server = await startServer((_req, res) => json(res, 503, {}));
      await expect(
        clientFor(server).request({ method: 'GET', path: '/x/' }, { maxRetries: 0 }),
      ).rejects.toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(1);
    });

    it('turns an HTML 502 page into an InternalServerError with a short excerpt', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(
          `<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1>${'<p>x</p>'.repeat(500)}</body></html>`,
        );
      });
      const error = (await clientFor(server, { maxRetries: 0 })
        .request({ method: 'GET', path: '/x/' })
        .catch((e: unknown) => e)) as InternalServerError;
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.message.startsWith('502 Bad Gateway: 502 502 Bad Gateway x x')).toBe(true);
      expect(error.message.length).toBeLessThan(260);
    });
  });
}
