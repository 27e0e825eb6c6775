import { isConnectionReset } from '../http/connection-reset';
import type { MockEndpoint } from './mock-endpoint';

/**
 * A `fetch` that answers from the mock without any network: pass it to `new Ummah(key, { fetch })`.
 * Injected connection resets reject with `TypeError('fetch failed')`, like undici's network errors;
 * aborts reject with the signal's reason.
 */
export function inProcessFetch(engine: MockEndpoint): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    try {
      return await engine.handle(request);
    } catch (error) {
      if (isConnectionReset(error)) throw new TypeError('fetch failed', { cause: error });
      throw error;
    }
  };
}
