import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveNode } from './node-adapter';

/** A mock a server can carry: it answers requests and can be re-pointed at the server's address. */
export interface ServableMock {
  /** The API base URL, without a trailing slash. */
  readonly baseURL: string;
  setBaseURL(baseURL: string): void;
  handle(request: Request): Promise<Response>;
  /** Stops delivery retries. */
  stop(): void;
}

/** Where to listen. */
export interface ListenOptions {
  readonly port: number;
  readonly host: string;
  /** Path of the API on the server (`/api/v1`). */
  readonly basePath: string;
}

/** A listening server. */
export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves a mock over node:http. The mock is given the server's real address once it is bound (port 0
 * picks a free one), so the URLs it hands out point back at the server.
 */
export async function listen(mock: ServableMock, options: ListenOptions): Promise<Listening> {
  const { host, basePath } = options;
  let origin = `http://${host}`;
  const server: Server = createServer((req, res) => {
    void serveNode(req, res, origin, (request) => mock.handle(request));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  origin = `http://${hostPart}:${port}`;
  mock.setBaseURL(`${origin}${basePath}`);
  return {
    url: mock.baseURL,
    port,
    close: async () => {
      mock.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
