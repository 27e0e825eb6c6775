import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveNode } from './node-adapter';

/** Where to listen. */
export interface ListenOptions {
  readonly port: number;
  readonly host: string;
}

/** A listening server. */
export interface Listening {
  /** `http://host:port`, with the port actually bound. */
  readonly origin: string;
  readonly port: number;
  /** Stops accepting connections and closes idle ones. */
  close(): Promise<void>;
}

/**
 * Serves a Web handler over node:http. The origin is known only once the server is bound (port 0
 * picks a free one); a mock created or re-pointed afterwards hands out URLs that lead back here.
 */
export async function listen(
  handle: (request: Request) => Promise<Response>,
  options: ListenOptions,
): Promise<Listening> {
  const { host } = options;
  let origin = `http://${host}`;
  const server: Server = createServer((req, res) => {
    void serveNode(req, res, origin, handle);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
