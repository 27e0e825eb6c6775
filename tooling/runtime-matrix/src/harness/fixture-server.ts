import { type RecordedRequest, type Reply, startRecordingServer } from '@ummah/test-support';

/** One request the fixture server received, as the transport tests look at it. */
export interface FixtureRequest {
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
  requests(path: string): FixtureRequest[];
  /** Closes the server and every connection still open (the hung ones included). */
  close(): Promise<void>;
}

function asFixtureRequest(request: RecordedRequest): FixtureRequest {
  const idempotencyKey = request.headers['idempotency-key'];
  return {
    method: request.method,
    path: request.path,
    idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
    userAgent: request.headers['user-agent'],
    body: request.rawBody,
  };
}

/**
 * The misbehaving servers the transport scenario runs against, as one recording server on
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
  const requests = (path: string) => server.requests.filter((request) => request.path === path);
  const server = await startRecordingServer((request, response): Reply | undefined => {
    const attempt = requests(request.path).length;
    const { idempotencyKey } = asFixtureRequest(request);
    const route = request.path.split('/').filter(Boolean).at(-1) ?? '';
    const success: Reply = { body: { ok: true, attempt, idempotencyKey } };

    if (route === 'unavailable-once') {
      return attempt === 1
        ? { status: 503, body: { error: 'service_unavailable', message: 'Try again.' } }
        : success;
    }
    if (route === 'reset-once') {
      if (attempt > 1) return success;
      response.socket?.resetAndDestroy();
      return undefined;
    }
    if (route === 'rate-limited-once') {
      return attempt === 1
        ? {
            status: 429,
            body: { error: 'rate_limited', message: 'Slow down.' },
            headers: { 'retry-after': '0' },
          }
        : success;
    }
    if (route === 'conflict') {
      return {
        status: 409,
        body: { error: 'purchase_not_refundable', message: 'Purchase is not in a refundable state.' },
      };
    }
    // `hang-*`: no answer; close() destroys the socket.
    if (route.startsWith('hang')) return undefined;
    return { status: 404, body: { error: 'not_found', message: `No fixture at ${request.path}.` } };
  });
  return {
    origin: server.origin,
    requests: (path) => requests(path).map(asFixtureRequest),
    close: () => server.close(),
  };
}
