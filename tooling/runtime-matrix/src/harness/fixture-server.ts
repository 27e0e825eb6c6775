import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fixture server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  userAgent: string | undefined;
  body: string;
}

/** A running fixture server; see {@link startFixtureServer}. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Requests received on one path, oldest first. */
  requests(path: string): RecordedRequest[];
  /** Closes the server and every connection still open (the hung ones included). */
  close(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * The misbehaving servers the transport scenario runs against, as one node:http server on
 * 127.0.0.1. The behaviour is chosen by the last path segment and the attempt count is kept per
 * full path, so each runtime gets its own state under its own prefix (`/rt/node22/reset-once/`)
 * and all runtimes can run at once:
 *
 * - `unavailable-once`: 503, then 200
 * - `reset-once`: the connection is reset (TCP RST) before any response, then 200
 * - `rate-limited-once`: 429 with `Retry-After: 0`, then 200
 * - `conflict`: always 409 with a gateway error body
 * - `hang-*`: reads the request and never answers
 *
 * A 200 echoes the attempt number and the Idempotency-Key it saw.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const received = new Map<string, RecordedRequest[]>();

  function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const idempotencyKey = request.headers['idempotency-key'];
    const log = received.get(path) ?? [];
    log.push({
      method: request.method ?? '',
      path,
      idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
      userAgent: request.headers['user-agent'],
      body,
    });
    received.set(path, log);
    const attempt = log.length;
    const route = path.split('/').filter(Boolean).at(-1) ?? '';
    const success = () => json(response, 200, { ok: true, attempt, idempotencyKey });

    if (route === 'unavailable-once') {
      if (attempt === 1) json(response, 503, { error: 'service_unavailable', message: 'Try again.' });
      else success();
    } else if (route === 'reset-once') {
      if (attempt === 1) request.socket.resetAndDestroy();
      else success();
    } else if (route === 'rate-limited-once') {
      if (attempt === 1)
        json(response, 429, { error: 'rate_limited', message: 'Slow down.' }, { 'retry-after': '0' });
      else success();
    } else if (route === 'conflict') {
      json(response, 409, {
        error: 'purchase_not_refundable',
        message: 'Purchase is not in a refundable state.',
      });
    } else if (!route.startsWith('hang')) {
      json(response, 404, { error: 'not_found', message: `No fixture at ${path}.` });
    }
    // `hang-*`: no answer; close() destroys the socket.
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: (path) => [...(received.get(path) ?? [])],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
