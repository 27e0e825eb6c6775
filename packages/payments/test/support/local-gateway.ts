import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it reached the local gateway: exactly what went over the wire. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/api/v1/purchases/abc/capture/`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Raw body text ('' when none was sent). */
  rawBody: string;
  /** The body parsed as JSON (the raw text when it is not JSON), `undefined` when none was sent. */
  body: unknown;
}

/** What a route answers. `body` is JSON-encoded unless `raw` is given. */
export interface Reply {
  status?: number;
  body?: unknown;
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

export type Responder = (request: RecordedRequest) => Reply | Promise<Reply>;

/** A real HTTP server on 127.0.0.1 that records every request and answers with `respond`. */
export interface LocalGateway {
  /** `http://127.0.0.1:<port>/api/v1`, shaped like the gateway's own base URL. */
  baseURL: string;
  origin: string;
  requests: RecordedRequest[];
  /** Replaces the responder for the following requests. */
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

/** The body as JSON; a body that is not JSON is kept as text so a test can still assert on it. */
function parseBody(rawBody: string): unknown {
  if (rawBody === '') return undefined;
  try {
    return JSON.parse(rawBody);
  } catch {
    return rawBody;
  }
}

const notConfigured: Responder = () => ({ status: 500, body: { error: 'no responder configured' } });

/**
 * Starts a recording gateway on an ephemeral port. Real sockets matter: core's Node transport is
 * undici, which interception libraries cannot see.
 */
export async function startLocalGateway(initial: Responder = notConfigured): Promise<LocalGateway> {
  let responder = initial;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        body: parseBody(rawBody),
      };
      requests.push(recorded);
      Promise.resolve(responder(recorded)).then(
        (reply) => {
          const status = reply.status ?? 200;
          const headers: Record<string, string> = { ...reply.headers };
          let payload: string | Uint8Array = '';
          if (reply.raw !== undefined) {
            payload = reply.raw;
          } else if (reply.body !== undefined && status !== 204) {
            payload = JSON.stringify(reply.body);
            headers['content-type'] ??= 'application/json';
          }
          res.writeHead(status, headers);
          res.end(payload);
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/api/v1`,
    origin,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
