import { recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { ConflictError, InternalServerError, RateLimitError } from '../../src/index.js';
import { type ClientFactory, clientOnServer } from './transport-client.js';

/**
 * The retry and idempotency behaviour every transport must show against a real local server.
 * Shared by the node:http, undici and fetch transport tests.
 */
export function transportBehaviour(create: ClientFactory): void {
  const startServer = recordingServersPerTest();
  const clientFor = clientOnServer(create);

  describe('retries', () => {
    it('retries a 503 and resolves with the 200 that follows, sending the same idempotency key', async () => {
      const server = await startServer((_request, _response, { attempt }) =>
        attempt === 1
          ? { status: 503, body: { error: 'server_error' } }
          : { status: 200, body: { id: 'p_1' } },
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
      const server = await startServer((_request, _response, { attempt }) => ({
        status: attempt < 3 ? 500 : 200,
        body: {},
      }));
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
      const server = await startServer(() => ({
        status: 502,
        body: { error: 'server_error', message: 'upstream down' },
      }));
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
      const server = await startServer(() => ({
        status: 409,
        body: { error: 'Conflict', detail: 'Purchase is not paid.' },
      }));
      const error = await clientFor(server)
        .request({ method: 'POST', path: '/purchases/p_1/refund/' }, { idempotencyKey: 'refund-1' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).idempotencyKey).toBe('refund-1');
      expect((error as ConflictError).message).toBe('409 Purchase is not paid.');
      expect(server.requests).toHaveLength(1);
    });

    it.each([400, 401, 402, 403, 404, 422])('never retries a %i', async (status) => {
      const server = await startServer(() => ({ status, body: { error: 'nope' } }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect((error as { status: number }).status).toBe(status);
      expect(server.requests).toHaveLength(1);
    });

    it('retries a 408 and a 429', async () => {
      const server = await startServer((_request, _response, { attempt }) => ({
        status: attempt === 1 ? 408 : attempt === 2 ? 429 : 200,
        body: {},
      }));
      await clientFor(server).request({ method: 'GET', path: '/clients/' });
      expect(server.requests).toHaveLength(3);
    });

    it('waits the retry-after-ms the server asks for after a 429', async () => {
      const server = await startServer((_request, _response, { attempt }) =>
        attempt === 1
          ? { status: 429, body: { error: 'rate_limit_exceeded' }, headers: { 'retry-after-ms': '40' } }
          : { status: 200, body: {} },
      );
      const delays: number[] = [];
      await clientFor(server, { hooks: { onRetry: ({ delayMs }) => void delays.push(delayMs) } }).request({
        method: 'GET',
        path: '/clients/',
      });
      expect(delays).toEqual([40]);
    });

    it('surfaces a 429 at once when Retry-After exceeds the 60 s ceiling, with retryAfter in seconds', async () => {
      const server = await startServer(() => ({
        status: 429,
        body: { error: 'rate_limit_exceeded' },
        headers: { 'retry-after': '120' },
      }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBe(120);
      expect((error as RateLimitError).code).toBe('rate_limit_exceeded');
      expect(server.requests).toHaveLength(1);
    });

    it('obeys x-should-retry in both directions', async () => {
      const server = await startServer((_request, _response, { attempt }) =>
        attempt === 1
          ? { status: 400, body: {}, headers: { 'x-should-retry': 'true' } }
          : { status: 503, body: {}, headers: { 'x-should-retry': 'false' } },
      );
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/clients/' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(2);
    });

    it('does not retry a PATCH without an idempotency key, but does with one', async () => {
      const server = await startServer((_request, _response, { attempt }) => ({
        status: attempt === 1 || attempt === 2 ? 503 : 200,
        body: {},
      }));
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
      const server = await startServer(() => ({ status: 503, body: {} }));
      await expect(
        clientFor(server).request({ method: 'GET', path: '/x/' }, { maxRetries: 0 }),
      ).rejects.toBeInstanceOf(InternalServerError);
      expect(server.requests).toHaveLength(1);
    });

    it('turns an HTML 502 page into an InternalServerError with a short excerpt', async () => {
      const server = await startServer(() => ({
        status: 502,
        raw: `<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1>${'<p>x</p>'.repeat(500)}</body></html>`,
        headers: { 'content-type': 'text/html' },
      }));
      const error = (await clientFor(server, { maxRetries: 0 })
        .request({ method: 'GET', path: '/x/' })
        .catch((e: unknown) => e)) as InternalServerError;
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.message.startsWith('502 Bad Gateway: 502 502 Bad Gateway x x')).toBe(true);
      expect(error.message.length).toBeLessThan(260);
    });
  });
}
