import { HttpClient as BaseHttpClient } from '../client/http-client.js';
import type { Transport } from '../transport/types.js';
import { createUndiciTransport } from '../transport/undici-transport.js';

/**
 * {@link BaseHttpClient} for Node: the default transport is `undici.request` over a shared
 * keep-alive agent. Selected automatically by the `node` export condition.
 */
export class HttpClient extends BaseHttpClient {
  protected override createDefaultTransport(): Transport {
    return createUndiciTransport();
  }
}
