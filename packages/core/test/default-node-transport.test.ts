import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../src/index.node.js';

/**
 * The Node default transport sends through node:http, and through undici's pool once the process
 * is warm and requests overlap. These tests tell the two apart by what reaches a real server:
 * node:http writes `Host` capitalised, undici writes `host`.
 */
type Route = 'node:http' | 'undici';

interface Recorded {
  route: Route;
  id: string;
}

interface RecordingServer {
  origin: string;
  received: Recorded[];
  close(): Promise<void>;
}

function routeOf(request: IncomingMessage): Route {
  return request.rawHeaders.includes('Host') ? 'node:http' : 'undici';
}

async function startServer(): Promise<RecordingServer> {
  const received: Recorded[] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    const id = new URL(request.url ?? '/', 'http://x').searchParams.get('id') ?? '';
    received.push({ route: routeOf(request), id });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ served: 'network', id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let nextId = 0;

/** Sends `count` overlapping GETs with unique ids; resolves with their bodies. */
function burst(client: HttpClient, count: number): Promise<Array<{ served: string; id: string }>> {
  return Promise.all(
    Array.from({ length: count }, () =>
      client.request<{ served: string; id: string }>({
        method: 'GET',
        path: '/items/',
        query: { id: String(nextId++) },
      }),
    ),
  );
}

/**
 * Sends bursts until undici has carried requests: it is loaded in the background once the process
 * has had its first responses. Bounded by the number of bursts, not by time.
 */
async function warmUntilUndici(client: HttpClient, server: RecordingServer): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await burst(client, 16);
    if (server.received.some((r) => r.route === 'undici')) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('undici never took over overlapping requests in a warm process');
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the Node default transport', () => {
  it('sends each request exactly once while routes change under concurrency', async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    const client = new HttpClient({ baseURL: server.origin, apiKey: 'sk_test_x1', maxRetries: 0 });
    const first = nextId;
    await warmUntilUndici(client, server);
    const bodies = await burst(client, 64);
    expect(bodies.every((b) => b.served === 'network')).toBe(true);
    const ids = server.received.map((r) => Number(r.id)).filter((id) => id >= first);
    expect(ids).toHaveLength(nextId - first);
    expect(new Set(ids).size).toBe(ids.length);
    // A request on its own (nothing else in flight) still goes through node:http.
    const before = server.received.length;
    await client.request({ method: 'GET', path: '/items/', query: { id: 'alone' } });
    expect(server.received.slice(before)).toEqual([{ route: 'node:http', id: 'alone' }]);
  });

  it('lets msw answer every request once it listens, even after the client was warmed on undici', async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    const client = new HttpClient({ baseURL: server.origin, apiKey: 'sk_test_x1', maxRetries: 0 });
    await warmUntilUndici(client, server);

    const mock = setupServer(
      http.get(`${server.origin}/items/`, ({ request }) =>
        HttpResponse.json({ served: 'msw', id: new URL(request.url).searchParams.get('id') }),
      ),
    );
    mock.listen({ onUnhandledRequest: 'error' });
    cleanups.push(() => mock.close());
    const reached = server.received.length;

    const bodies = await burst(client, 64);
    expect(bodies.map((b) => b.served)).toEqual(Array(64).fill('msw'));
    // An unhandled request fails instead of leaving the machine with the key.
    await expect(client.request({ method: 'GET', path: '/unhandled/' })).rejects.toMatchObject({
      code: 'connection_error',
    });
    expect(server.received.length).toBe(reached);

    // Once msw has closed, requests reach the network again (and undici carries overlapping ones).
    mock.close();
    await warmUntilUndici(client, server);
    expect(server.received.length).toBeGreaterThan(reached);
  });

  it('lets msw answer every request when it listens before the client is created', async () => {
    const server = await startServer();
    cleanups.push(() => server.close());
    const mock = setupServer(
      http.get(`${server.origin}/items/`, ({ request }) =>
        HttpResponse.json({ served: 'msw', id: new URL(request.url).searchParams.get('id') }),
      ),
    );
    mock.listen({ onUnhandledRequest: 'error' });
    cleanups.push(() => mock.close());
    const client = new HttpClient({ baseURL: server.origin, apiKey: 'sk_test_x1', maxRetries: 0 });
    for (let i = 0; i < 20; i++) {
      const bodies = await burst(client, 32);
      expect(bodies.every((b) => b.served === 'msw')).toBe(true);
    }
    await expect(client.request({ method: 'GET', path: '/unhandled/' })).rejects.toMatchObject({
      code: 'connection_error',
    });
    expect(server.received).toEqual([]);
  });
});
