import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on: the OS picks it for a listener that is closed at once. A
 * connection to it is refused. Prefer port 0 to start a server of your own: another process may
 * take this port before you listen on it.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
