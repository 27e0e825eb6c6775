/** One HTTP exchange as the engine hands it to a transport. */
export interface TransportRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Absolute URL including the query string. */
  url: string;
  /** Final headers, lower-case names, authentication included. */
  headers: Record<string, string>;
  /** Serialised JSON body, if any. */
  body: string | undefined;
  /**
   * Fires when the call's deadline passes or the caller aborts. A transport should stop both the
   * request and the body read when it fires; the engine also stops waiting on its own, so a
   * transport that ignores it cannot hang a call.
   */
  signal: AbortSignal;
}

/** The response a transport returns once the status line and headers have arrived. */
export interface TransportResponse {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (may be built lazily by the transport). */
  readonly headers: Headers;
  /** Reads the whole body as text. Called at most once, and only if no other reader was. */
  text(): Promise<string>;
  /**
   * Reads the whole body as bytes, unchanged (XLSX, PDF …). The built-in transports have it; for a
   * transport without it the engine reads {@link stream}, or else encodes {@link text} (which only
   * suits text files).
   */
  bytes?(): Promise<Uint8Array>;
  /**
   * The body as a stream, handed over as it arrives, so a large file is never held in memory. The
   * built-in transports have it; for a transport without it the engine wraps {@link bytes} or
   * {@link text}, read whole when the stream is first pulled.
   */
  stream?(): ReadableStream<Uint8Array>;
  /** Discards the body without reading it, releasing the connection. */
  cancel(): Promise<void>;
}

/**
 * Sends HTTP requests for the client. The built-in ones use Node's http on Node and `fetch` elsewhere;
 * pass your own to route calls through a proxy, an in-process mock or a recording layer.
 * A transport rejects only when no response arrived (connection refused, reset, DNS, aborted);
 * any HTTP status, error or not, is a resolved {@link TransportResponse}.
 *
 * @example
 * const transport: Transport = {
 *   async request(req) {
 *     const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: req.signal });
 *     return { status: res.status, headers: res.headers, text: () => res.text(), cancel: async () => { await res.body?.cancel(); } };
 *   },
 * };
 */
export interface Transport {
  /** Sends one request and resolves with its response head. */
  request(request: TransportRequest): Promise<TransportResponse>;
}
