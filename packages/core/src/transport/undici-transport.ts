import type { Agent, Dispatcher } from 'undici';
import type { AbortLike } from '../internal/deadline.js';
import { fastTransport, READ_HEADER } from '../internal/fast-transport.js';
import { type RawHeaders, rawHeader, toHeaders } from '../internal/raw-headers.js';
import type { Transport, TransportRequest, TransportResponse } from './types.js';

/** Options of {@link createUndiciTransport}. */
export interface UndiciTransportOptions {
  /**
   * The undici dispatcher (Agent, Pool, ProxyAgent, MockAgent …).
   * @default a process-wide keep-alive Agent shared by every client, so creating many clients does
   * not multiply sockets
   */
  dispatcher?: Dispatcher;
}

type Undici = typeof import('undici');

// undici takes longer to import than the rest of the SDK together, so it is loaded by the first
// request that uses this transport, never by importing the package.
let undici: Undici | undefined;
let loading: Promise<Undici> | undefined;
let sharedAgent: Agent | undefined;

async function loadUndici(): Promise<Undici> {
  loading ??= import('undici').then((module) => {
    undici = module;
    return module;
  });
  return loading;
}

/**
 * Loads undici ahead of a first request through {@link createUndiciTransport}, so that request
 * does not wait for it. Resolves once loaded; rejects if undici cannot be loaded.
 */
export async function preloadUndici(): Promise<void> {
  await loadUndici();
}

/** The process-wide keep-alive agent, created on first use. */
function defaultAgent(module: Undici): Agent {
  sharedAgent ??= new module.Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  return sharedAgent;
}

/**
 * A {@link Transport} over `undici.request` with a keep-alive agent, for an undici `dispatcher`
 * (a `ProxyAgent`, a `MockAgent`, a tuned `Pool`). The default on Node is the node:http transport,
 * as fast on keep-alive connections and free to import; undici is loaded by this transport's first
 * request. Exported only from the `node` entry, so edge bundles never import Node modules.
 *
 * @example
 * import { ProxyAgent } from 'undici';
 * const client = new HttpClient({ baseURL, apiKey, transport: createUndiciTransport({ dispatcher: new ProxyAgent(url) }) });
 */
export function createUndiciTransport(options: UndiciTransportOptions = {}): Transport {
  const send = async (
    req: Omit<TransportRequest, 'signal'>,
    signal: AbortSignal | AbortLike,
  ): Promise<TransportResponse> => {
    const module = undici ?? (await loadUndici());
    const res = await module.request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body ?? null,
      // undici documents `signal` as an AbortSignal or any EventTarget/EventEmitter-like object.
      signal: signal as AbortSignal,
      dispatcher: options.dispatcher ?? defaultAgent(module),
      // The engine's deadline governs time; undici's own 300 s timers would only mask it.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    return new UndiciResponse(res);
  };
  return fastTransport(send);
}

/** A response over undici's result; `headers` is built on first access only. */
class UndiciResponse implements TransportResponse {
  readonly status: number;
  readonly #res: Dispatcher.ResponseData;
  #headers: Headers | undefined;

  constructor(res: Dispatcher.ResponseData) {
    this.status = res.statusCode;
    this.#res = res;
  }

  // Building a Headers object costs more than the rest of a loopback call's bookkeeping, so it is
  // done only when someone asks (errors, `withResponse()`, hooks).
  get headers(): Headers {
    this.#headers ??= toHeaders(this.#res.headers as RawHeaders);
    return this.#headers;
  }

  [READ_HEADER](name: string): string | undefined {
    return rawHeader(this.#res.headers as RawHeaders, name);
  }

  text(): Promise<string> {
    return this.#res.body.text();
  }

  bytes(): Promise<Uint8Array> {
    return this.#res.body.bytes();
  }

  stream(): ReadableStream<Uint8Array> {
    // A web stream over undici's body: cancelling it destroys the socket's body, and its errors
    // (reset, abort) surface on the reader.
    return this.#res.body.body as unknown as ReadableStream<Uint8Array>;
  }

  async cancel(): Promise<void> {
    await this.#res.body.dump().catch(() => undefined);
  }
}
