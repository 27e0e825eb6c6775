import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request exactly as it reached the server: what went over the wire. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query as sent, e.g. `/api/v1/clients/?page=2`. */
  readonly url: string;
  /** The path without the query string, e.g. `/api/v1/clients/`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The body as text, `''` when none was sent. */
  readonly rawBody: string;
  /** The body parsed as JSON; the text when it is not JSON; `undefined` when none was sent. */
  readonly body: unknown;
}

/** A scripted answer. `body` is sent as JSON unless `raw` is given. */
export interface Reply {
  /** @default 200 */
  status?: number;
  body?: unknown;
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** What a handler learns besides the request. */
export interface RequestContext {
  /** How many requests are recorded, this one included: 1 for the first (again after `requests` is emptied). */
  attempt: number;
}

/**
 * Decides how the server answers one request. Return a {@link Reply}; or write to `response` yourself
 * (a body that trickles) and return nothing. Returning nothing without writing leaves the request
 * hanging until {@link RecordingServer.close}; `response.socket?.destroy()` drops the connection.
 */
export type RequestHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  context: RequestContext,
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler writing the response returns nothing.
) => Reply | void | Promise<Reply | void>;

/** Options of {@link startRecordingServer}. */
export interface RecordingServerOptions {
  /**
   * How the server answers until {@link RecordingServer.respondWith} replaces it.
   * @default a handler that answers 500
   */
  handler?: RequestHandler;
  /**
   * Path that {@link RecordingServer.baseURL} adds to the origin, e.g. `/api/v1` to look like the
   * gateway's own base URL.
   * @default ''
   */
  basePath?: string;
}

/** A running recording server; see {@link startRecordingServer}. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The origin followed by the `basePath` option. */
  readonly baseURL: string;
  /** Every request received, oldest first. A test may empty it (`requests.length = 0`). */
  readonly requests: RecordedRequest[];
  /** Answers the following requests with `handler`. */
  respondWith(handler: RequestHandler): void;
  /** Closes every connection, hung ones included, then the server. Closing again does nothing. */
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

function writeReply(response: ServerResponse, reply: Reply): void {
  const status = reply.status ?? 200;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | Uint8Array = '';
  if (reply.raw !== undefined) {
    payload = reply.raw;
  } else if (reply.body !== undefined && status !== 204) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json';
  }
  response.writeHead(status, headers);
  response.end(payload);
}

/** A handler that throws answers 500 with its error, so the test sees what went wrong. */
function writeHandlerError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(500, { 'content-type': 'text/plain' });
  response.end(String(error));
}

const notConfigured: RequestHandler = () => ({ status: 500, body: { error: 'no handler configured' } });

/**
 * Starts a real HTTP server on 127.0.0.1 and a port the OS picks, which records every request and
 * answers with the handler (given alone or in the options). Real sockets matter: connection
 * resets, hung responses and keep-alive reuse only exist on a socket, and core's undici transport
 * is invisible to request interception libraries.
 *
 * @example
 * const gateway = await startRecordingServer({ basePath: '/api/v1', handler: () => ({ body: purchase }) });
 * const server = await startRecordingServer((_request, _response, { attempt }) => ({ status: attempt === 1 ? 503 : 200 }));
 */
export async function startRecordingServer(
  setup: RequestHandler | RecordingServerOptions = {},
): Promise<RecordingServer> {
  const options: RecordingServerOptions = typeof setup === 'function' ? { handler: setup } : setup;
  let current = options.handler ?? notConfigured;
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        rawBody,
        body: parseBody(rawBody),
      };
      requests.push(recorded);
      const answer = (reply: Awaited<ReturnType<RequestHandler>>) => {
        if (reply) writeReply(response, reply);
      };
      try {
        // A handler that answers synchronously is written synchronously: timing tests see no extra tick.
        const result = current(recorded, response, { attempt: requests.length });
        if (result instanceof Promise)
          result.then(answer, (error: unknown) => writeHandlerError(response, error));
        else answer(result);
      } catch (error) {
        writeHandlerError(response, error);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closed: Promise<void> | undefined;
  return {
    origin,
    baseURL: `${origin}${options.basePath ?? ''}`,
    requests,
    respondWith(next) {
      current = next;
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      return closed;
    },
  };
}
