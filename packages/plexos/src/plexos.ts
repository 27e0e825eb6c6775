import {
  type APIPromise,
  HttpClient,
  OperationCaller,
  type OperationClientOptions,
  operationClientConfig,
  type RequestOptions,
  splitClientArguments,
} from '@ummah/core';
import { type Operations, routes } from '@ummah/schema/plexos/routes';
import { validators } from '@ummah/schema/plexos/validators';
import {
  type Clock,
  type HeadersInput,
  type PlexosEvent,
  type SecretInput,
  type Tolerance,
  verifyWebhook,
  type WebhookPayload,
} from '@ummah/webhooks';
import { VERSION } from './version.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLEXOS_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://api.plexospay.com/v1';

/** Options of `new Plexos(apiKey?, options?)`. */
export type PlexosOptions = OperationClientOptions;

/** What `webhooks.verify` needs: the raw body, its headers and the endpoint's `whsec_` secret. */
export interface PlexosVerifyOptions {
  payload: WebhookPayload;
  headers: HeadersInput;
  secret: SecretInput | readonly SecretInput[];
  tolerance?: Tolerance;
  now?: Clock;
}

type Response<K extends keyof Operations> = Operations[K]['response'];
type Body<K extends keyof Operations> = Operations[K]['body'];

/**
 * Webhook endpoints (the API resource) and the verification of their deliveries, on one object:
 * `plexos.webhooks.create(...)` and `plexos.webhooks.verify(...)`.
 */
export class WebhooksResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /**
   * `POST /webhooks`: registers an endpoint. The answer holds the signing `secret`, shown only
   * once: store it (it is redacted from the SDK's logs).
   */
  create(params: Body<'webhooks.create'>, options?: RequestOptions): APIPromise<Response<'webhooks.create'>> {
    return this.#caller.call('webhooks.create', { body: params }, options);
  }

  /** Verifies a delivery (`X-Plexos-Signature`) and returns the parsed event; throws `WebhookVerificationError` otherwise. */
  verify(options: PlexosVerifyOptions): Promise<PlexosEvent> {
    return verifyWebhook({ ...options, scheme: 'plexos' });
  }
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The Plexos Pay client. Plexos documents no idempotency keys, so POSTs are sent once and never
 * replayed.
 *
 * @example
 * import Plexos from '@ummah/plexos';
 * const plexos = new Plexos(process.env.PLEXOS_API_KEY);
 * const { secret } = await plexos.webhooks.create({ url: 'https://example.com/hooks', events: ['payment.debited'] });
 */
export class Plexos {
  /** Webhook endpoints, and `verify` for their deliveries. */
  readonly webhooks: WebhooksResource;
  /** The API root calls go to. */
  readonly baseURL: string;

  /**
   * @param apiKey Read from `PLEXOS_API_KEY` when omitted.
   * @throws ConfigurationError when no key is found or an option is invalid.
   */
  constructor(apiKey?: string, options?: PlexosOptions);
  constructor(options: PlexosOptions);
  constructor(keyOrOptions?: string | PlexosOptions, maybeOptions?: PlexosOptions) {
    const options = splitClientArguments(keyOrOptions, maybeOptions);
    const client = new HttpClient(
      operationClientConfig(options, {
        provider: 'Plexos',
        defaultBaseURL: DEFAULT_BASE_URL,
        apiKeyEnvVar: API_KEY_ENV_VAR,
        userAgent: `ummah-plexos/${VERSION}`,
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
    this.webhooks = new WebhooksResource(caller);
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL };
  }

  [INSPECT](): string {
    return `Plexos ${JSON.stringify(this.toJSON())}`;
  }
}
