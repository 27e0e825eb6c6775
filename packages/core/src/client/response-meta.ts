import type { TransportResponse } from '../transport/types.js';
import type { APIResult, RawResponse } from './api-promise.js';
import { TO_WEB_RESPONSE } from './web-response.js';

/**
 * {@link RawResponse} over a transport response. A class with prototype getters rather than an
 * object literal: cheaper to allocate on every call, and `headers` stays lazy (the undici transport
 * builds its Headers object only when read).
 */
export class ResponseMeta implements RawResponse {
  readonly status: number;
  readonly url: string;
  readonly idempotencyKey?: string;
  readonly #response: TransportResponse;
  readonly #body: RawBody;

  constructor(
    response: TransportResponse,
    url: string,
    idempotencyKey: string | undefined,
    body: RawBody = undefined,
  ) {
    this.status = response.status;
    this.url = url;
    if (idempotencyKey !== undefined) this.idempotencyKey = idempotencyKey;
    this.#response = response;
    this.#body = body;
  }

  get headers(): Headers {
    return this.#response.headers;
  }

  /** The response as a Web `Response`: status, headers and the body exactly as it was received. */
  [TO_WEB_RESPONSE](): Response {
    const empty = this.status === 204 || this.status === 205 || this.status === 304;
    const body = empty ? null : ((this.#body ?? null) as BodyInit | null);
    return new Response(body, { status: this.status, headers: this.headers });
  }
}

/** The body of a success as read off the wire (text or bytes), or the unread stream of a download. */
export type RawBody = string | Uint8Array | ReadableStream<Uint8Array> | undefined;

/**
 * {@link APIResult} with plain own fields, so `{ ...result, data: mapped }` keeps every field.
 * (`response.headers` stays a lazy prototype getter: spread `response` itself and it is lost.)
 */
export class CallResult<T> implements APIResult<T> {
  readonly data: T;
  readonly response: ResponseMeta;
  readonly requestId: string | undefined;

  constructor(data: T, response: ResponseMeta, requestId: string | undefined) {
    this.data = data;
    this.response = response;
    this.requestId = requestId;
  }
}
