import type { AbortLike } from '../internal/deadline.js';
import { type FastTransport, fastTransport, SEND_FAST } from '../internal/fast-transport.js';
import { createNodeHttpTransport } from '../transport/node-http-transport.js';
import type { Transport, TransportRequest, TransportResponse } from '../transport/types.js';
import { createUndiciTransport, preloadUndici } from '../transport/undici-transport.js';
import { noRequestInterceptor } from './request-interceptors.js';

/**
 * Responses a process receives through node:http before undici is loaded in the background. A
 * process that sends a handful of requests (a serverless cold start, a script) never loads it.
 */
const WARM_AFTER = 16;

type Send = FastTransport[typeof SEND_FAST];

// Process-wide, like the keep-alive agents: clients created per request or per tenant warm up
// together.
let responses = 0;
let viaUndici: Send | undefined;
const viaNodeHttp: Send = (createNodeHttpTransport() as FastTransport)[SEND_FAST];
/** Requests sent whose response head has not arrived yet. */
let waiting = 0;

function headArrived(): void {
  waiting--;
}

function warmUp(): void {
  setImmediate(() => {
    preloadUndici().then(
      () => {
        viaUndici = (createUndiciTransport() as FastTransport)[SEND_FAST];
      },
      // Without undici (a bundle that left it out), node:http simply stays the only route.
      () => undefined,
    );
  });
}

function countResponse(response: TransportResponse): TransportResponse {
  if (++responses === WARM_AFTER) warmUp();
  return response;
}

function send(
  request: Omit<TransportRequest, 'signal'>,
  signal: AbortSignal | AbortLike,
): Promise<TransportResponse> {
  // Serial requests are quickest through node:http; undici's pool pays off when requests overlap.
  const route = viaUndici !== undefined && waiting > 0 && noRequestInterceptor() ? viaUndici : viaNodeHttp;
  waiting++;
  const sent = route(request, signal);
  sent.then(headArrived, headArrived);
  return responses < WARM_AFTER ? sent.then(countResponse) : sent;
}

/**
 * The Node default transport: node:http, which request interceptors such as msw see, and, once
 * the process is warm, undici's keep-alive pool (faster under concurrency) for the requests that
 * no interceptor could see anyway.
 *
 * Each request picks its route when it is sent, from what `node:http`/`node:https`/`node:net`
 * hold at that moment ({@link noRequestInterceptor}): an interceptor started at any time, even
 * after thousands of requests, sees the very next request, and while one is active every request
 * goes through node:http. A request is sent once, by one route; the choice is synchronous, so no
 * interceptor can be started between the check and the send.
 *
 * undici is never imported on the cold path: loading starts after {@link WARM_AFTER} responses in
 * the process, off the response that triggered it, and until it has finished every request uses
 * node:http. Both routes use process-wide keep-alive pools, shared by every client.
 */
export function createDefaultNodeTransport(): Transport {
  return fastTransport(send);
}
