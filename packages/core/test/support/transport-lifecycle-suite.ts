import { freePort, recordingServersPerTest } from '@ummah/test-support';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../../src/index.js';
import { type ClientFactory, clientOnServer, KEY } from './transport-client.js';

/**
 * Connection failures, deadlines, aborts and request/response mapping every transport must show
 * against a real local server. Shared by the undici and the fetch transport tests.
 */
export function transportLifecycle(create: ClientFactory): void {
  const startServer = recordingServersPerTest();
  const clientFor = clientOnServer(create);

  describe('connection failures', () => {
    it('retries a connection reset and succeeds on the next attempt with the same key', async () => {
      const server = await startServer((_request, response, { attempt }) => {
        if (attempt > 1) return { status: 200, body: { ok: true } };
        response.socket?.destroy();
      });
      await expect(
        clientFor(server).request({ method: 'POST', path: '/purchases/', body: {} }),
      ).resolves.toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]?.headers['idempotency-key']).toBe(
        server.requests[0]?.headers['idempotency-key'],
      );
    });

    it('reports a refused connection as APIConnectionError carrying the idempotency key', async () => {
      const port = await freePort();
      const client = create({
        baseURL: `http://127.0.0.1:${port}`,
        apiKey: KEY,
        retry: { initialDelayMs: 1 },
      });
      const error = await client
        .request({ method: 'POST', path: '/purchases/', body: {} }, { idempotencyKey: 'k-1' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
      expect((error as APIConnectionError).code).toBe('connection_error');
      expect((error as APIConnectionError).idempotencyKey).toBe('k-1');
      expect((error as APIConnectionError).cause).toBeDefined();
    });
  });

  describe('deadline and abort', () => {
    it('fails a hung server with APIConnectionTimeoutError once the deadline passes', async () => {
      const server = await startServer(() => undefined);
      const error = await clientFor(server, { timeout: 150 })
        .request({ method: 'POST', path: '/purchases/', body: {} })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect((error as APIConnectionTimeoutError).code).toBe('timeout');
      expect((error as APIConnectionTimeoutError).timeout).toBe(150);
      expect((error as APIConnectionTimeoutError).idempotencyKey).toBe(
        server.requests[0]?.headers['idempotency-key'],
      );
    });

    it('bounds the body read: a body that trickles forever times out', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"results": [');
        const timer = setInterval(() => response.write(' '), 20);
        response.on('close', () => clearInterval(timer));
      });
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/x/' }, { timeout: 200 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    });

    it('counts retries against the same deadline', async () => {
      const server = await startServer((_request, _response, { attempt }) => {
        if (attempt === 1) return { status: 503, body: {} };
        // later attempts hang
      });
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/x/' }, { timeout: 600 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect(server.requests).toHaveLength(2);
    });

    it('rejects with APIUserAbortError carrying the reason when the caller aborts mid-request', async () => {
      const controller = new AbortController();
      const server = await startServer(() => controller.abort(new Error('customer left')));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/x/' }, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect((error as APIUserAbortError).code).toBe('aborted');
      expect(((error as APIUserAbortError).cause as Error).message).toBe('customer left');
    });

    it('sends nothing when the signal is already aborted', async () => {
      const server = await startServer(() => ({ status: 200, body: {} }));
      const error = await clientFor(server)
        .request({ method: 'POST', path: '/x/', body: {} }, { signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(server.requests).toHaveLength(0);
    });

    it('aborts a backoff wait when the caller aborts', async () => {
      const controller = new AbortController();
      const server = await startServer(() => {
        setTimeout(() => controller.abort(), 30);
        return { status: 503, body: {} };
      });
      const error = await clientFor(server, { retry: { initialDelayMs: 10_000, maxDelayMs: 10_000 } })
        .request({ method: 'GET', path: '/x/' }, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('requests and responses', () => {
    it('sends the bearer key, accept, user agent, JSON body and query, and exposes the request id', async () => {
      const server = await startServer(() => ({
        status: 201,
        body: { id: 'c_1' },
        headers: { 'x-request-id': 'req_9' },
      }));
      const client = clientFor(server, {
        userAgent: 'ummah-node/0.1.0',
        defaultHeaders: { 'X-Tenant': 't1' },
      });
      const result = await client
        .request<{ id: string }>(
          {
            method: 'POST',
            path: '/clients/',
            body: { email: 'a@b.c' },
            query: { a: 1, b: ['x', 'y'], c: null },
          },
          { headers: { 'X-Extra': 'e' } },
        )
        .withResponse();
      const { data, requestId, response } = result;
      const seen = server.requests[0];
      expect(data).toEqual({ id: 'c_1' });
      expect(requestId).toBe('req_9');
      expect({ ...result, data: null }.requestId).toBe('req_9'); // survives a spread by wrappers
      expect(response.status).toBe(201);
      expect(response.headers.get('x-request-id')).toBe('req_9');
      expect(seen?.url).toBe('/api/v1/clients/?a=1&b=x&b=y');
      expect(seen?.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(seen?.headers.accept).toBe('application/json');
      expect(seen?.headers['content-type']).toBe('application/json');
      expect(seen?.headers['user-agent']).toMatch(/^ummah-node\/0\.1\.0 \(node\/\d+\.\d+\.\d+\)$/);
      expect(seen?.headers['x-tenant']).toBe('t1');
      expect(seen?.headers['x-extra']).toBe('e');
      expect(JSON.parse(seen?.rawBody ?? '')).toEqual({ email: 'a@b.c' });
    });

    it('resolves an empty 204 body of an operation declared to return nothing as undefined and sends no idempotency key on GET/DELETE', async () => {
      const server = await startServer(() => ({ status: 204 }));
      await expect(
        clientFor(server).request({ method: 'DELETE', path: '/clients/c_1/', responseType: 'none' }),
      ).resolves.toBeUndefined();
      expect(server.requests[0]?.headers['idempotency-key']).toBeUndefined();
    });

    it('rejects a 200 whose JSON body is broken with an APIError, not a SyntaxError', async () => {
      const server = await startServer(() => ({
        status: 200,
        raw: '{"id": ',
        headers: { 'content-type': 'application/json' },
      }));
      const error = await clientFor(server)
        .request({ method: 'GET', path: '/x/' })
        .catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(SyntaxError);
      expect((error as { code: string }).code).toBe('invalid_response');
    });
  });
}
