import type { TransportResponse } from '../transport/types.js';
import type { APIResult, RawResponse } from './api-promise.js';

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

  constructor(response: TransportResponse, url: string, idempotencyKey: string | undefined) {
    this.status = response.status;
    this.url = url;
    if (idempotencyKey !== undefined) this.idempotencyKey = idempotencyKey;
    this.#response = response;
  }

  get headers(): Headers {
    return this.#response.headers;
  }
}

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
