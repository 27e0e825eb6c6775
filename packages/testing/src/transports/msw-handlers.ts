import type { RequestHandler } from 'msw';
// `msw/core/http` rather than `msw`: the main entry also loads msw's GraphQL and cookie-store modules at
// import, which needs env access on Deno, keeps Deno's process alive and fails in workerd. Importing
// @ummah/testing must cost nothing on runtimes where the in-process `fetch` is all a test uses.
import { http } from 'msw/core/http';
import { isConnectionReset } from '../http/connection-reset';
import type { MockEndpoint } from './mock-endpoint';

/**
 * msw handlers that route every request to the mock's origin (API, statement files, `/_mock/`) into
 * the mock. Injected connection resets become `Response.error()`, which msw turns into a network error.
 */
export function mswHandlers(engine: MockEndpoint): RequestHandler[] {
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
