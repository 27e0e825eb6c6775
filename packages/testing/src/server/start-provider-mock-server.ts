import type { MockProvider } from '../providers/mock-provider';
import type { ProviderMockOptions } from '../providers/provider-options';
import { PROVIDER_MOCKS, type ProviderName } from '../providers/provider-registry';
import { listen } from './listen';

/** Options of {@link startProviderMockServer}. */
export interface ProviderMockServerOptions extends Omit<ProviderMockOptions, 'baseURL'> {
  /** Port to listen on; 0 picks a free one. @default 4010 */
  readonly port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  readonly host?: string;
  /** Path of the API on the server. @default the path of the provider's documented base URL */
  readonly basePath?: string;
}

/** A running provider mock server. */
export interface ProviderMockServer {
  /** The API base URL to give the client, e.g. `http://127.0.0.1:4010/api/v1`. */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** The mock behind the server (simulate, faults, deliveries…). */
  readonly mock: MockProvider<unknown>;
  /** Stops accepting connections, closes idle ones and cancels delivery retries. */
  close(): Promise<void>;
}

/**
 * Starts a provider's mock as a real HTTP server (Node only). Its simulated steps are reachable
 * under `/_mock/` with one of its keys (e.g. `POST /_mock/charges/{id}/pay/`), and its dashboard at the root.
 *
 * @example
 * import { startProviderMockServer } from '@ummah/testing/server';
 * const server = await startProviderMockServer('plumaas', { port: 0 });
 * const plumaas = new Plumaas(server.mock.apiKey, { baseURL: server.url });
 * await server.close();
 */
export async function startProviderMockServer(
  provider: ProviderName,
  options: ProviderMockServerOptions = {},
): Promise<ProviderMockServer> {
  const { create, baseURL } = PROVIDER_MOCKS[provider];
  const basePath = (options.basePath ?? new URL(baseURL).pathname).replace(/\/$/, '');
  let mock: MockProvider<unknown> | undefined;
  const server = await listen(
    (request) => {
      if (!mock) throw new Error('The mock is not ready yet.');
      return mock.handle(request);
    },
    { port: options.port ?? 4010, host: options.host ?? '127.0.0.1' },
  );
  // Created once the port is known, so the links it hands out (pay_url, checkout_url) lead here.
  mock = create({ ...options, baseURL: `${server.origin}${basePath}` });
  const created = mock;
  return {
    url: created.baseURL,
    port: server.port,
    mock: created,
    close: async () => {
      created.close();
      await server.close();
    },
  };
}
