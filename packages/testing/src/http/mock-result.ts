/**
 * What a route produces before it becomes a `Response`: plain data, so idempotent replays can store
 * it and every transport (fetch, msw, node:http) can render it the same way.
 */
export interface MockResult {
  /** HTTP status code. */
  readonly status: number;
  /** JSON body; `undefined` means no body (204). Ignored when `text` is set. */
  readonly body?: unknown;
  /** A non-JSON body (statement files, pages), sent with `contentType`. */
  readonly text?: string | Uint8Array<ArrayBuffer>;
  /** Content type for `text` bodies. @default 'application/json' for JSON bodies */
  readonly contentType?: string;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A JSON result. */
export function json(body: unknown, status = 200): MockResult {
  return { status, body };
}

/** An empty `204 No Content` result, as the gateway answers deletes. */
export function noContent(): MockResult {
  return { status: 204 };
}

/** Renders a result as a Web `Response`. */
export function toResponse(result: MockResult, extraHeaders: Record<string, string>): Response {
  const headers = new Headers({ ...extraHeaders, ...result.headers });
  if (result.text !== undefined) {
    headers.set('content-type', result.contentType ?? 'text/plain; charset=utf-8');
    return new Response(result.text, { status: result.status, headers });
  }
  if (result.body === undefined || result.status === 204) {
    return new Response(null, { status: result.status, headers });
  }
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
