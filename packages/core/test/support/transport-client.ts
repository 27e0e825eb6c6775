import type { RecordingServer } from '@ummah/test-support';
import type { HttpClient } from '../../src/client/http-client.js';
import type { HttpClientConfig } from '../../src/client/types.js';

/** Builds a client on the transport under test. */
export type ClientFactory = (config: HttpClientConfig) => HttpClient;

/** The secret key the transport suites send. */
export const KEY = 'sk_test_4f9a8b7c6d5e';

/**
 * Clients of the transport under test that call a recording server as if it were the gateway. The
 * backoff is cut to milliseconds: the suites test which calls are retried, not how long they wait.
 */
export function clientOnServer(
  create: ClientFactory,
): (server: RecordingServer, config?: Partial<HttpClientConfig>) => HttpClient {
  return (server, config = {}) =>
    create({
      baseURL: `${server.origin}/api/v1`,
      apiKey: KEY,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      ...config,
    });
}
