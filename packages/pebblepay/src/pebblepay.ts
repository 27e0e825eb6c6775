import {
  type APIPromise,
  ConfigurationError,
  HttpClient,
  OperationCaller,
  type OperationClientOptions,
  operationClientConfig,
  type PagePromise,
  type ParsedErrorBody,
  type RequestOptions,
  splitClientArguments,
} from '@ummah/core';
import type { Operations } from '@ummah/schema/pebblepay/routes';
import { routes } from '@ummah/schema/pebblepay/routes';
import { validators } from '@ummah/schema/pebblepay/validators';
import {
  type Clock,
  type HeadersInput,
  type PebblePayEvent,
  type SecretInput,
  type Tolerance,
  verifyWebhook,
  type WebhookPayload,
} from '@ummah/webhooks';
import { VERSION } from './version.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PEBBLEPAY_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://payments.pebblepay.io/api/v1';

/** Options of `new PebblePay(apiKey?, options?)`. */
export interface PebblePayOptions extends OperationClientOptions {
  /**
   * How the key is sent: `'bearer'` (`Authorization: Bearer <key>`, recommended by PebblePay) or
   * `'x-api-key'` (`X-Api-Key: <key>`, the documented alternative). @default 'bearer'
   */
  authHeader?: 'bearer' | 'x-api-key';
}

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export interface PebblePayVerifyOptions {
  payload: WebhookPayload;
  headers: HeadersInput;
  secret: SecretInput | readonly SecretInput[];
  tolerance?: Tolerance;
  now?: Clock;
}

type Response<K extends keyof Operations> = Operations[K]['response'];
type Body<K extends keyof Operations> = Operations[K]['body'];
type Query<K extends keyof Operations> = Operations[K]['query'];
type Item<K extends keyof Operations> = Operations[K]['item'];

/** PebblePay answers errors as `{ "error": "…" }`: that text becomes the error's message. */
export function parsePebblePayError(_status: number, body: unknown): ParsedErrorBody {
  if (typeof body === 'string') return body.trim() === '' ? {} : { message: body.slice(0, 500) };
  if (typeof body !== 'object' || body === null) return {};
  const { error, message } = body as { error?: unknown; message?: unknown };
  if (typeof error === 'string') return { message: error };
  if (typeof message === 'string') return { message };
  return {};
}

/** Orders: checkout sessions, offset-paged lists, refunds. */
export class OrdersResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `GET /orders`: await for one page, or `for await` over every order (pages by `limit`/`offset`). */
  list(query?: Query<'orders.list'>, options?: RequestOptions): PagePromise<Item<'orders.list'>> {
    return this.#caller.callPage<Item<'orders.list'>>('orders.list', { query }, options);
  }

  /** `POST /orders`: a checkout for 0.50 to 50,000 USD; returns where to send the customer. */
  create(params: Body<'orders.create'>, options?: RequestOptions): APIPromise<Response<'orders.create'>> {
    return this.#caller.call('orders.create', { body: params }, options);
  }

  /** `GET /orders/{id}`. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Response<'orders.retrieve'>> {
    return this.#caller.call('orders.retrieve', { pathParams: { id } }, options);
  }

  /** `POST /orders/{id}/refund`, with an optional reason. */
  refund(
    id: string,
    params?: Body<'orders.refund'>,
    options?: RequestOptions,
  ): APIPromise<Response<'orders.refund'>> {
    return this.#caller.call('orders.refund', { pathParams: { id }, body: params }, options);
  }
}

/** Coupons. */
export class CouponsResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `GET /coupons`: await for one page, or `for await` over every coupon. */
  list(query?: Query<'coupons.list'>, options?: RequestOptions): PagePromise<Item<'coupons.list'>> {
    return this.#caller.callPage<Item<'coupons.list'>>('coupons.list', { query }, options);
  }

  /** `POST /coupons`. */
  create(params: Body<'coupons.create'>, options?: RequestOptions): APIPromise<Response<'coupons.create'>> {
    return this.#caller.call('coupons.create', { body: params }, options);
  }

  /** `GET /coupons/{id}`. */
  retrieve(id: string, options?: RequestOptions): APIPromise<Response<'coupons.retrieve'>> {
    return this.#caller.call('coupons.retrieve', { pathParams: { id } }, options);
  }

  /** `PUT /coupons/{id}`; `code`, `discount_type` and `discount_value` cannot be changed. */
  update(
    id: string,
    params: Body<'coupons.update'>,
    options?: RequestOptions,
  ): APIPromise<Response<'coupons.update'>> {
    return this.#caller.call('coupons.update', { pathParams: { id }, body: params }, options);
  }

  /** `DELETE /coupons/{id}`. */
  delete(id: string, options?: RequestOptions): APIPromise<Response<'coupons.delete'>> {
    return this.#caller.call('coupons.delete', { pathParams: { id } }, options);
  }
}

/** Webhook verification with PebblePay's scheme (`X-Webhook-Signature`). */
export class PebblePayWebhooks {
  /** Verifies a delivery and returns the parsed event; throws `WebhookVerificationError` otherwise. */
  verify(options: PebblePayVerifyOptions): Promise<PebblePayEvent> {
    return verifyWebhook({ ...options, scheme: 'pebblepay' });
  }
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The PebblePay client. PebblePay documents no idempotency keys, so POSTs are sent once and never
 * replayed; GET, PUT and DELETE are retried.
 *
 * @example
 * import PebblePay from '@ummah/pebblepay';
 * const pebble = new PebblePay(process.env.PEBBLEPAY_API_KEY);
 * const checkout = await pebble.orders.create({ amount: 29.99, order_reference: 'order-1' });
 */
export class PebblePay {
  /** Orders. */
  readonly orders: OrdersResource;
  /** Coupons. */
  readonly coupons: CouponsResource;
  /** Webhook verification. */
  readonly webhooks: PebblePayWebhooks;
  /** The API root calls go to. */
  readonly baseURL: string;

  /**
   * @param apiKey Read from `PEBBLEPAY_API_KEY` when omitted.
   * @throws ConfigurationError when no key is found or an option is invalid.
   */
  constructor(apiKey?: string, options?: PebblePayOptions);
  constructor(options: PebblePayOptions);
  constructor(keyOrOptions?: string | PebblePayOptions, maybeOptions?: PebblePayOptions) {
    const options = splitClientArguments(keyOrOptions, maybeOptions);
    const style = options.authHeader ?? 'bearer';
    if (style !== 'bearer' && style !== 'x-api-key') {
      throw new ConfigurationError("`authHeader` must be 'bearer' or 'x-api-key'.");
    }
    const client = new HttpClient(
      operationClientConfig(options, {
        provider: 'PebblePay',
        defaultBaseURL: DEFAULT_BASE_URL,
        apiKeyEnvVar: API_KEY_ENV_VAR,
        authHeaders: style === 'x-api-key' ? (key: string) => ({ 'X-Api-Key': key }) : undefined,
        parseErrorBody: parsePebblePayError,
        userAgent: `ummah-pebblepay/${VERSION}`,
      }),
    );
    this.baseURL = client.baseURL;
    const caller = new OperationCaller(client, {
      routes,
      validators,
      validateRequests: options.validateRequests ?? true,
      // No idempotency mechanism is documented: a POST is sent once, never replayed.
      retryPosts: false,
    });
    this.orders = new OrdersResource(caller);
    this.coupons = new CouponsResource(caller);
    this.webhooks = new PebblePayWebhooks();
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL };
  }

  [INSPECT](): string {
    return `PebblePay ${JSON.stringify(this.toJSON())}`;
  }
}
