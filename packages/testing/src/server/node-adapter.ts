import type { IncomingMessage, ServerResponse } from 'node:http';
import { isConnectionReset } from '../http/connection-reset';

/** Reads a Node request into a Web `Request`, aborting it when the client goes away. */
export async function toWebRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const controller = new AbortController();
  req.on('close', () => {
    if (!req.complete) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, signal: controller.signal });
}

/** Writes a Web `Response` to a Node response. */
export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Runs a Web handler for a Node request: an injected connection reset destroys the socket, any other
 * unexpected failure answers 500.
 */
export async function serveNode(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  handle: (request: Request) => Promise<Response>,
): Promise<void> {
  try {
    const response = await handle(await toWebRequest(req, origin));
    await writeWebResponse(response, res);
  } catch (error) {
    if (isConnectionReset(error)) {
      req.socket.destroy();
      return;
    }
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'server_error', message: 'Unexpected internal error.' }));
    } else {
      res.destroy();
    }
  }
}
