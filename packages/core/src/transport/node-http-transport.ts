// The module objects, not named imports: `http.request` is looked up on every call, so request
// interceptors that patch it (msw, nock) see the SDK's calls.
import http, { type Agent as HttpAgent, type IncomingMessage } from 'node:http';
import https, { type Agent as HttpsAgent } from 'node:https';
import { Readable } from 'node:stream';
import { urlToHttpOptions } from 'node:url';
import type { AbortLike } from '../internal/deadline.js';
import { fastTransport, READ_HEADER } from '../internal/fast-transport.js';
import { type RawHeaders, rawHeader, toHeaders } from '../internal/raw-headers.js';
import type { Transport, TransportRequest, TransportResponse } from './types.js';

/** Options of {@link createNodeHttpTransport}. */
export interface NodeHttpTransportOptions {
  /**
   * Agent for `http:` URLs (a proxy agent, custom socket limits).
   * @default a process-wide keep-alive agent shared by every client
   */
  httpAgent?: HttpAgent;
  /**
   * Agent for `https:` URLs (a proxy agent, custom CA, client certificates).
   * @default a process-wide keep-alive agent shared by every client
   */
  httpsAgent?: HttpsAgent;
}

let sharedHttp: HttpAgent | undefined;
let sharedHttps: HttpsAgent | undefined;

/** The process-wide keep-alive agents, created on first use and shared by every client. */
function sharedHttpAgent(): HttpAgent {
  sharedHttp ??= new http.Agent({ keepAlive: true });
  return sharedHttp;
}

function sharedHttpsAgent(): HttpsAgent {
  sharedHttps ??= new https.Agent({ keepAlive: true });
  return sharedHttps;
}

type OriginOptions = Pick<http.RequestOptions, 'protocol' | 'hostname' | 'port' | 'auth'>;

/** Request options of the origins seen so far: a client talks to one or two, parsed once each. */
const originOptions = new Map<string, OriginOptions>();
const MAX_ORIGINS = 64;

/**
 * The target of `url` as request options, without parsing the URL again on every request
 * (node:http would parse a URL string each time). A URL with a fragment is left to node:http.
 */
function requestTarget(url: string): (OriginOptions & { path: string }) | string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  if (slash === -1 || url.includes('#')) return url;
  const origin = url.slice(0, slash);
  let options = originOptions.get(origin);
  if (options === undefined) {
    const { protocol, hostname, port, auth } = urlToHttpOptions(new URL(origin));
    options = auth === undefined ? { protocol, hostname, port } : { protocol, hostname, port, auth };
    if (originOptions.size >= MAX_ORIGINS) originOptions.clear();
    originOptions.set(origin, options);
  }
  return { ...options, path: url.slice(slash) };
}

/** U+FEFF, which a UTF-8 decoder drops from the start of a text as `fetch`'s `text()` does. */
const BOM = 0xfeff;

/** Bodies longer than this are not drained to reuse the socket; the socket is closed instead. */
const DRAIN_LIMIT = 128 * 1024;

/** The error a request or body read fails with when the deadline or the caller's signal fires. */
function abortReason(signal: AbortSignal | AbortLike): Error {
  const reason = signal.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}

/**
 * A {@link Transport} over Node's own `http`/`https` modules with keep-alive agents: the default on
 * Node. As fast as `undici.request` on keep-alive connections, and nothing to import (undici alone
 * takes longer to load than the rest of the SDK, which a serverless cold start pays on every
 * instance). Request interceptors such as msw see it, so a test's mock is never bypassed.
 *
 * @example
 * import { Agent } from 'node:https';
 * const client = new HttpClient({ baseURL, apiKey, transport: createNodeHttpTransport({ httpsAgent: new Agent({ keepAlive: true, maxSockets: 16 }) }) });
 */
export function createNodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  const send = (req: Omit<TransportRequest, 'signal'>, signal: AbortSignal | AbortLike) =>
    new Promise<TransportResponse>((resolve, reject) => {
      if (signal.aborted) {
        reject(abortReason(signal));
        return;
      }
      const secure = req.url.startsWith('https:');
      const agent = secure
        ? (options.httpsAgent ?? sharedHttpsAgent())
        : (options.httpAgent ?? sharedHttpAgent());
      let response: NodeHttpResponse | undefined;
      const onAbort = (): void => {
        const reason = abortReason(signal);
        outgoing.destroy(reason);
        response?.abort(reason);
      };
      const target = requestTarget(req.url);
      const settings = { method: req.method, headers: req.headers, agent };
      const onResponse = (incoming: IncomingMessage): void => {
        response = new NodeHttpResponse(incoming, () => signal.removeEventListener('abort', onAbort));
        resolve(response);
      };
      const request = secure ? https.request : http.request;
      const outgoing =
        typeof target === 'string'
          ? request(target, settings, onResponse)
          : request({ ...target, ...settings }, onResponse);
      outgoing.on('error', (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      });
      signal.addEventListener('abort', onAbort);
      outgoing.end(req.body);
    });
  return fastTransport(send);
}

/**
 * A response over node:http's `IncomingMessage`. `headers` is built on first access only; the
 * body is read at most once, and `done` runs when it has been read, cancelled or has failed.
 */
class NodeHttpResponse implements TransportResponse {
  readonly status: number;
  readonly #incoming: IncomingMessage;
  readonly #done: () => void;
  #headers: Headers | undefined;
  #failure: Error | undefined;

  constructor(incoming: IncomingMessage, done: () => void) {
    this.status = incoming.statusCode ?? 0;
    this.#incoming = incoming;
    this.#done = done;
    // Until a reader attaches, a failure is remembered here rather than thrown as unhandled.
    incoming.on('error', (error) => {
      this.#failure ??= error;
    });
  }

  get headers(): Headers {
    this.#headers ??= toHeaders(this.#incoming.headers as RawHeaders);
    return this.#headers;
  }

  [READ_HEADER](name: string): string | undefined {
    return rawHeader(this.#incoming.headers as RawHeaders, name);
  }

  /** Stops the body read with `reason` (the deadline or the caller's signal fired). */
  abort(reason: Error): void {
    this.#failure ??= reason;
    this.#incoming.destroy(reason);
  }

  async text(): Promise<string> {
    // Buffer's own UTF-8 decoding: quicker than a TextDecoder for the small bodies of API answers.
    const text = (await this.#read()).toString('utf8');
    return text.charCodeAt(0) === BOM ? text.slice(1) : text;
  }

  async bytes(): Promise<Uint8Array> {
    const whole = await this.#read();
    return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
  }

  /** The whole body, read once. */
  #read(): Promise<Buffer> {
    const incoming = this.#incoming;
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const fail = (error: Error): void => {
        this.#done();
        reject(error);
      };
      if (this.#failure !== undefined) return fail(this.#failure);
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.once('error', fail);
      incoming.once('end', () => {
        this.#done();
        resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
      });
      // A connection closed before the declared end of the body is a cut-off, not an end.
      incoming.once('close', () => {
        if (!incoming.complete) fail(this.#failure ?? cutOff());
      });
    });
  }

  stream(): ReadableStream<Uint8Array> {
    const incoming = this.#incoming;
    incoming.once('close', this.#done);
    if (this.#failure !== undefined) incoming.destroy(this.#failure);
    return Readable.toWeb(incoming) as unknown as ReadableStream<Uint8Array>;
  }

  async cancel(): Promise<void> {
    const incoming = this.#incoming;
    this.#done();
    // A short rest of body is read and dropped so the keep-alive socket can serve the next call;
    // anything longer closes the socket rather than downloading what nobody will read.
    const declared = Number(incoming.headers['content-length']);
    if (Number.isFinite(declared) && declared <= DRAIN_LIMIT) {
      incoming.on('error', () => undefined);
      incoming.resume();
    } else {
      incoming.destroy();
    }
  }
}

/** The error of a body the connection cut off before its end. */
function cutOff(): Error {
  return Object.assign(new Error('The connection closed before the response body ended.'), {
    code: 'ECONNRESET',
  });
}
