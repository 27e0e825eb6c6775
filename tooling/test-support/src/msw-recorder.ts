import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** One request as it reached the (intercepted) network. */
export interface InterceptedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
}

/** An msw server for one test file, recording every request it answers. */
export interface MswRecorder {
  /** Requests answered since the current test started. */
  readonly seen: InterceptedRequest[];
  /** Answers `method url` with `body` (JSON) and `status`. */
  reply(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    url: string,
    body: unknown,
    status?: number,
  ): void;
  /** Answers `method url` with what `respond` returns for the recorded request. */
  handle(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    url: string,
    respond: (request: InterceptedRequest) => Response,
  ): void;
}

/**
 * Starts msw for the calling test file (unhandled requests fail the test) and clears handlers and
 * records after each test. Clients must call the global `fetch` at request time
 * (`fetch: (input, init) => fetch(input, init)`), which is what msw intercepts.
 */
export function useMswRecorder(): MswRecorder {
  const server = setupServer();
  const seen: InterceptedRequest[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());

  const handle: MswRecorder['handle'] = (method, url, respond) => {
    server.use(
      http[method](url, async ({ request }) => {
        const text = await request.text();
        const record: InterceptedRequest = {
          method: request.method,
          url: new URL(request.url),
          headers: request.headers,
          body: text === '' ? undefined : JSON.parse(text),
        };
        seen.push(record);
        return respond(record);
      }),
    );
  };
  return {
    seen,
    handle,
    reply: (method, url, body, status = 200) =>
      handle(method, url, () => HttpResponse.json(body as Record<string, unknown>, { status })),
  };
}
