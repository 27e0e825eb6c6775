import {
  type APIPromise,
  HttpClient,
  OperationCaller,
  type OperationClientOptions,
  operationClientConfig,
  type RequestOptions,
  splitClientArguments,
} from '@ummah/core';
import { type Operations, routes } from '@ummah/schema/plugipay/routes';
import { validators } from '@ummah/schema/plugipay/validators';
import {
  type Clock,
  type HeadersInput,
  type PlugipayEvent,
  type SecretInput,
  type Tolerance,
  verifyWebhook,
  type WebhookPayload,
} from '@ummah/webhooks';
import { VERSION } from './version.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLUGIPAY_API_KEY';

/** Options of `new Plugipay(apiKey?, options)`: `baseURL` is required (Plugipay documents no host). */
export type PlugipayOptions = OperationClientOptions;

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export interface PlugipayVerifyOptions {
  payload: WebhookPayload;
  headers: HeadersInput;
  secret: SecretInput | readonly SecretInput[];
  tolerance?: Tolerance;
  now?: Clock;
}

type Response<K extends keyof Operations> = Operations[K]['response'];
type Body<K extends keyof Operations> = Operations[K]['body'];

/** Customers. */
export class CustomersResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `POST /customers` (assumed path). */
  create(
    params: Body<'customers.create'>,
    options?: RequestOptions,
  ): APIPromise<Response<'customers.create'>> {
    return this.#caller.call('customers.create', { body: params }, options);
  }
}

/** Checkout sessions. */
export class CheckoutSessionsResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `POST /checkout_sessions` (assumed path): returns the session with the URL to send the payer to. */
  create(
    params: Body<'checkoutSessions.create'>,
    options?: RequestOptions,
  ): APIPromise<Response<'checkoutSessions.create'>> {
    return this.#caller.call('checkoutSessions.create', { body: params }, options);
  }
}

/** Refunds. */
export class RefundsResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `POST /refunds` (assumed path). With `reason: 'other'`, `description` is required (refused before sending). */
  create(params: Body<'refunds.create'>, options?: RequestOptions): APIPromise<Response<'refunds.create'>> {
    return this.#caller.call('refunds.create', { body: params }, options);
  }
}

/** Webhook verification with Plugipay's scheme. */
export class PlugipayWebhooks {
  /** Verifies a delivery and returns the parsed event; throws `WebhookVerificationError` otherwise. */
  verify(options: PlugipayVerifyOptions): Promise<PlugipayEvent> {
    return verifyWebhook({ ...options, scheme: 'plugipay' });
  }
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The Plugipay client. Plugipay documents no API host, so `baseURL` is required, and no idempotency
 * keys, so POSTs are sent once and never replayed.
 *
 * @example
 * import Plugipay from '@ummah/plugipay';
 * const plugipay = new Plugipay(process.env.PLUGIPAY_API_KEY, { baseURL: process.env.PLUGIPAY_BASE_URL });
 * const customer = await plugipay.customers.create({ email: 'jane@example.com' });
 */
export class Plugipay {
  /** Customers. */
  readonly customers: CustomersResource;
  /** Checkout sessions. */
  readonly checkoutSessions: CheckoutSessionsResource;
  /** Refunds. */
  readonly refunds: RefundsResource;
  /** Webhook verification. */
  readonly webhooks: PlugipayWebhooks;
  /** The API root calls go to. */
  readonly baseURL: string;

  /**
   * @param apiKey Read from `PLUGIPAY_API_KEY` when omitted.
   * @throws ConfigurationError when `baseURL` is missing, no key is found, or an option is invalid.
   */
  constructor(apiKey?: string, options?: PlugipayOptions);
  constructor(options: PlugipayOptions);
  constructor(keyOrOptions?: string | PlugipayOptions, maybeOptions?: PlugipayOptions) {
    const options = splitClientArguments(keyOrOptions, maybeOptions);
    const client = new HttpClient(
      operationClientConfig(options, {
        provider: 'Plugipay',
        defaultBaseURL: undefined,
        apiKeyEnvVar: API_KEY_ENV_VAR,
        userAgent: `ummah-plugipay/${VERSION}`,
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
    this.customers = new CustomersResource(caller);
    this.checkoutSessions = new CheckoutSessionsResource(caller);
    this.refunds = new RefundsResource(caller);
    this.webhooks = new PlugipayWebhooks();
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL };
  }

  [INSPECT](): string {
    return `Plugipay ${JSON.stringify(this.toJSON())}`;
  }
}
