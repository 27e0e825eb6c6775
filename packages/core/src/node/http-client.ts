import { HttpClient as BaseHttpClient } from '../client/http-client.js';
import type { Transport } from '../transport/types.js';
import { createDefaultNodeTransport } from './default-transport.js';

/**
 * {@link BaseHttpClient} for Node: the default transport is Node's own `http`/`https` over shared
 * keep-alive agents, which request interceptors such as msw always see, with undici's keep-alive
 * pool taking over in a warm process while no interceptor is active. Selected automatically by the
 * `node` export condition.
 */
export class HttpClient extends BaseHttpClient {
  protected override createDefaultTransport(): Transport {
    return createDefaultNodeTransport();
  }
}
