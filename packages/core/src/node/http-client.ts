import { HttpClient as BaseHttpClient } from '../client/http-client.js';
import { createNodeHttpTransport } from '../transport/node-http-transport.js';
import type { Transport } from '../transport/types.js';

/**
 * {@link BaseHttpClient} for Node: the default transport is Node's own `http`/`https` over shared
 * keep-alive agents. Selected automatically by the `node` export condition.
 */
export class HttpClient extends BaseHttpClient {
  protected override createDefaultTransport(): Transport {
    return createNodeHttpTransport();
  }
}
