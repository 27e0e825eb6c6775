import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRecordingServer } from '@ummah/test-support';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { HttpClient as NeutralHttpClient } from '../src/index.js';
import { HttpClient } from '../src/index.node.js';
import { reviewedDefects } from './support/defects-suite.js';
import { transportLifecycle } from './support/transport-lifecycle-suite.js';
import { transportBehaviour } from './support/transport-suite.js';

describe('HttpClient on the node:http transport (node build, the default)', () => {
  transportBehaviour((config) => new HttpClient(config));
  transportLifecycle((config) => new HttpClient(config));
  reviewedDefects((config) => new HttpClient(config));

  it('is the node build: a subclass of the neutral client', () => {
    const client = new HttpClient({ baseURL: 'http://127.0.0.1:1', apiKey: 'sk_test_x1' });
    expect(client).toBeInstanceOf(NeutralHttpClient);
  });

  it('waits the Retry-After seconds the server asks for', async () => {
    const server = await startRecordingServer((_request, _response, { attempt }) =>
      attempt === 1
        ? { status: 503, body: {}, headers: { 'retry-after': '1' } }
        : { status: 200, body: { ok: true } },
    );
    try {
      const delays: number[] = [];
      const client = new HttpClient({
        baseURL: server.origin,
        apiKey: 'sk_test_x1',
        hooks: { onRetry: ({ delayMs }) => void delays.push(delayMs) },
      });
      await expect(client.request({ method: 'GET', path: '/x/' })).resolves.toEqual({ ok: true });
      expect(delays).toEqual([1000]);
    } finally {
      await server.close();
    }
  });

  it('reuses one keep-alive connection for calls in sequence', async () => {
    let connections = 0;
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = new HttpClient({ baseURL: `http://127.0.0.1:${port}`, apiKey: 'sk_test_x1' });
      for (let i = 0; i < 5; i++) await client.request({ method: 'GET', path: '/x/' });
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is seen by msw, so a test’s handlers answer and an unhandled call fails instead of leaving the machine', async () => {
    const mock = setupServer(
      http.get('https://gate.msw.test/api/v1/purchases/pur_1/', () => HttpResponse.json({ id: 'pur_1' })),
    );
    mock.listen({ onUnhandledRequest: 'error' });
    try {
      const client = new HttpClient({
        baseURL: 'https://gate.msw.test/api/v1',
        apiKey: 'sk_test_x1',
        maxRetries: 0,
      });
      await expect(client.request({ method: 'GET', path: '/purchases/pur_1/' })).resolves.toEqual({
        id: 'pur_1',
      });
      await expect(client.request({ method: 'GET', path: '/purchases/unknown/' })).rejects.toMatchObject({
        code: 'connection_error',
      });
    } finally {
      mock.close();
    }
  });
});
