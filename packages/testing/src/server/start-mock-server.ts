import { GatewayEngine } from '../gateway-engine';
import { type MockGateway, wrapEngine } from '../mock-gateway';
import type { MockGatewayOptions } from '../options';
import { mswHandlers } from '../transports/msw-handlers';
import { listen } from './listen';

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends Omit<MockGatewayOptions, 'baseURL'> {
  /** Port to listen on; 0 picks a free one. @default 4010 */
  readonly port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  readonly host?: string;
  /** Path of the API on the server. @default '/api/v1' */
  readonly basePath?: string;
}

/** A running mock gateway server. */
export interface MockServer {
  /** The API base URL to give the SDK, e.g. `http://127.0.0.1:4010/api/v1`. */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** The gateway behind the server (simulate, faults, deliveries…). */
  readonly gateway: MockGateway;
  /** Stops accepting connections, closes idle ones and cancels delivery retries. */
  close(): Promise<void>;
}

/**
 * Starts the mock gateway as a real HTTP server (Node only), for local development and tests of
 * transports that msw cannot intercept.
 *
 * @example
 * import { startMockServer } from '@ummah/testing/server';
 * const server = await startMockServer({ port: 0 });
 * const ummah = new Ummah('sk_test_123', { baseURL: server.url });
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const basePath = options.basePath ?? '/api/v1';
  const engine = new GatewayEngine({ ...options, baseURL: `http://${host}${basePath}` });
  const server = await listen((request) => engine.handle(request), { port: options.port ?? 4010, host });
  engine.setBaseURL(`${server.origin}${basePath}`);
  return {
    url: engine.baseURL,
    port: server.port,
    gateway: wrapEngine(engine, mswHandlers),
    close: async () => {
      engine.dispatcher.close();
      await server.close();
    },
  };
}
