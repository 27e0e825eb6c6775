import { isConnectionReset } from '../http/connection-reset';
import { loadMswHttp } from './load-msw';
import type { MockEndpoint } from './mock-endpoint';

/**
 * msw handlers that route every request to the mock's origin (API, statement files, `/_mock/`) into
 * the mock. Injected connection resets become `Response.error()`, which msw turns into a network error.
 * msw is loaded here, on first use, so that the in-process fetch, the server and the CLI never need it.
 */
// biome-ignore lint/suspicious/noExplicitAny: msw's handler type stays out of the declarations (see `MockFacade.handlers`).
export function mswHandlers(engine: MockEndpoint): any[] {
  const { http } = loadMswHttp();
  const origin = new URL(engine.baseURL).origin;
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await engine.handle(request);
      } catch (error) {
        if (isConnectionReset(error)) return Response.error();
        throw error;
      }
    }),
  ];
}
