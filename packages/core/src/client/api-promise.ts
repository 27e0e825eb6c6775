import { TO_WEB_RESPONSE } from './web-response.js';
/** Metadata of the HTTP response a call resolved with. */
export interface RawResponse {
  status: number;
  headers: Headers;
  /** Final URL requested. */
  url: string;
  /** The idempotency key the call carried, when it had one. */
  idempotencyKey?: string;
}

/** What `.withResponse()` resolves to. */
export interface APIResult<T> {
  data: T;
  response: RawResponse;
  /** The gateway's request id, when the response carried one. */
  requestId: string | undefined;
}

const dataOf = <T>(result: APIResult<T>): T => result.data;

/**
 * The promise every client method returns: await it for the data, or call `.withResponse()` for
 * the data plus status, headers, request id and idempotency key. The request is sent at once,
 * whether or not the promise is awaited.
 *
 * @example
 * const { data, requestId, response } = await client.request<Purchase>(spec).withResponse();
 * console.log(response.idempotencyKey);
 */
export class APIPromise<T> extends Promise<T> {
  readonly #result: Promise<APIResult<T>>;
  #data: Promise<T> | undefined;

  // Derived promises (`then`, `catch`) are plain Promises, not APIPromises without a result.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  constructor(result: Promise<APIResult<T>>) {
    // The base promise is a placeholder; every consumer goes through the overridden methods.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** The data together with the response metadata. */
  withResponse(): Promise<APIResult<T>> {
    return this.#result;
  }

  /**
   * The raw HTTP response as a Web `Response`: status, headers and the body exactly as received
   * (read it with `.text()`, `.arrayBuffer()` …), for logging, proxying or fields the SDK does not
   * type. The call is the same one: nothing is sent again, and it rejects as the call does. For a
   * streamed download the body is the data's own stream: read one or the other.
   *
   * @example
   * const response = await ummah.purchases.retrieve(id).asResponse();
   * console.log(response.status, response.headers.get('x-request-id'), await response.text());
   */
  async asResponse(): Promise<Response> {
    const { response } = await this.#result;
    const view = (response as Partial<Record<typeof TO_WEB_RESPONSE, () => Response>>)[TO_WEB_RESPONSE];
    if (typeof view === 'function') return view.call(response);
    // A result built without the engine (a custom promise) knows its status and headers only.
    return new Response(null, { status: response.status, headers: response.headers });
  }

  /**
   * A new promise of the same call whose data is `transform(data, response)`, while
   * `.withResponse()` keeps the response, request id and idempotency key. Nothing is sent again.
   * When `transform` throws (or rejects), both the new promise and its `.withResponse()` reject
   * with that error; the original promise is unaffected.
   *
   * @example
   * const pem = client.request<string | { public_key: string }>(spec).mapData((body) =>
   *   typeof body === 'string' ? body : body.public_key,
   * );
   * const { data, requestId } = await pem.withResponse();
   */
  mapData<U>(transform: (data: T, response: RawResponse) => U | PromiseLike<U>): APIPromise<U> {
    return new APIPromise<U>(
      this.#result.then(async (result) => ({
        data: await transform(result.data, result.response),
        response: result.response,
        requestId: result.requestId,
      })),
    );
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then(dataOf);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: this is a Promise subclass; `then` is its contract
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#dataPromise().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }
}
