import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Checks one delivery from its raw body and headers; throws when the signature is not genuine. */
export type Verify<Event> = (payload: string, headers: IncomingHttpHeaders) => Promise<Event>;

/** A webhook endpoint on a free loopback port: 200 for a verified delivery, 400 for a refused one. */
export async function startReceiver<Event>(verify: Verify<Event>) {
  const events: Event[] = [];
  let refused = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const verified = await verify(Buffer.concat(chunks).toString('utf8'), request.headers).catch(
      () => undefined,
    );
    if (verified === undefined) refused += 1;
    else events.push(verified);
    response.writeHead(verified === undefined ? 400 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    events,
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
