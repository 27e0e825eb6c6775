import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

/** A webhook endpoint on a free loopback port: 200 for a delivery `verify` accepts, 400 otherwise. */
export async function startReceiver<Event>(
  verify: (raw: string, headers: IncomingHttpHeaders) => Promise<Event>,
) {
  const events: Event[] = [];
  let refused = 0;
  const server = createServer(async (request, response) => {
    const event = await verify(await text(request), request.headers).catch(() => undefined);
    if (event === undefined) refused += 1;
    else events.push(event);
    response.writeHead(event === undefined ? 400 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, events, refused: () => refused, close };
}
