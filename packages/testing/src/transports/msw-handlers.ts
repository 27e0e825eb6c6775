import { HttpResponse, http, type RequestHandler } from 'msw';
import type { GatewayEngine } from '../gateway-engine';
import { isConnectionReset } from '../http/connection-reset';

/**
 * msw handlers that route every request to the mock's origin (API, statement files, `/_mock/`) into
 * the mock. Injected connection resets become `HttpResponse.error()`, a network error to the client.
 */
export function mswHandlers(engine: GatewayEngine): RequestHandler[] {
  const origin = new URL(engine.baseURL).origin;
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await engine.handle(request);
      } catch (error) {
        if (isConnectionReset(error)) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
