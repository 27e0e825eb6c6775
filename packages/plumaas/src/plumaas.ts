import {
  type APIPromise,
  ConfigurationError,
  HttpClient,
  OperationCaller,
  type OperationClientOptions,
  operationClientConfig,
  type RequestOptions,
  splitClientArguments,
} from '@ummah/core';
import { type Operations, routes } from '@ummah/schema/plumaas/routes';
import { validators } from '@ummah/schema/plumaas/validators';
import {
  type Clock,
  type HeadersInput,
  type PlumaasEvent,
  type SecretInput,
  type Tolerance,
  verifyWebhook,
  type WebhookPayload,
} from '@ummah/webhooks';
import { VERSION } from './version.js';

/** The environment variable read when no key is given. */
export const API_KEY_ENV_VAR = 'PLUMAAS_API_KEY';
/** The documented API root. */
export const DEFAULT_BASE_URL = 'https://plumaas.com/api/v1';

/** Options of `new Plumaas(apiKey?, options?)`. */
export type PlumaasOptions = OperationClientOptions;

/** What `webhooks.verify` needs: the raw body, its headers and your endpoint secret. */
export interface PlumaasVerifyOptions {
  payload: WebhookPayload;
  headers: HeadersInput;
  secret: SecretInput | readonly SecretInput[];
  tolerance?: Tolerance;
  now?: Clock;
}

type Response<K extends keyof Operations> = Operations[K]['response'];
type Body<K extends keyof Operations> = Operations[K]['body'];

/** Plumaas keys start with `psk_live_` or `psk_test_`. The key itself never appears in the message. */
export function validatePlumaasKey(key: string): void {
  if (!key.startsWith('psk_live_') && !key.startsWith('psk_test_')) {
    throw new ConfigurationError(
      'The Plumaas API key is malformed: it must start with psk_live_ or psk_test_ (dashboard → API keys).',
    );
  }
}

/** Charges: payment links. */
export class ChargesResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `POST /charges`: returns the charge with its `pay_url`, where to send the payer. */
  create(params: Body<'charges.create'>, options?: RequestOptions): APIPromise<Response<'charges.create'>> {
    return this.#caller.call('charges.create', { body: params }, options);
  }
}

/** Webhook endpoints. */
export class WebhookEndpointsResource {
  readonly #caller: OperationCaller;
  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /** `POST /webhook-endpoints/{id}/test`: asks Plumaas to send a test event to the endpoint. */
  test(
    endpointId: string,
    params: Body<'webhookEndpoints.test'>,
    options?: RequestOptions,
  ): APIPromise<Response<'webhookEndpoints.test'>> {
    return this.#caller.call(
      'webhookEndpoints.test',
      { pathParams: { id: endpointId }, body: params },
      options,
    );
  }
}

/** Webhook verification with Plumaas' scheme (`X-Plumaas-Signature`, `X-Plumaas-Timestamp`). */
export class PlumaasWebhooks {
  /** Verifies a delivery and returns the parsed event; throws `WebhookVerificationError` otherwise. */
  verify(options: PlumaasVerifyOptions): Promise<PlumaasEvent> {
    return verifyWebhook({ ...options, scheme: 'plumaas' });
  }
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The Plumaas client. Plumaas documents no idempotency keys, so POSTs are sent once and never
 * replayed.
 *
 * @example
 * import Plumaas from '@ummah/plumaas';
 * const plumaas = new Plumaas(process.env.PLUMAAS_API_KEY);
 * const charge = await plumaas.charges.create({ org_id: 'org_123', amount_cents: 5000, currency: 'USD' });
 * console.log(charge.pay_url);
 */
export class Plumaas {
  /** Charges (payment links). */
  readonly charges: ChargesResource;
  /** Webhook endpoint tests. */
  readonly webhookEndpoints: WebhookEndpointsResource;
  /** Webhook verification. */
  readonly webhooks: PlumaasWebhooks;
  /** The API root calls go to. */
  readonly baseURL: string;
  /** True for a `psk_test_` key. */
  readonly isTestMode: boolean;

  /**
   * @param apiKey Read from `PLUMAAS_API_KEY` when omitted.
   * @throws ConfigurationError when no key is found, it is not a `psk_live_`/`psk_test_` key, or an option is invalid.
   */
  constructor(apiKey?: string, options?: PlumaasOptions);
  constructor(options: PlumaasOptions);
  constructor(keyOrOptions?: string | PlumaasOptions, maybeOptions?: PlumaasOptions) {
    const options = splitClientArguments(keyOrOptions, maybeOptions);
    const client = new HttpClient(
      operationClientConfig(options, {
        provider: 'Plumaas',
        defaultBaseURL: DEFAULT_BASE_URL,
        apiKeyEnvVar: API_KEY_ENV_VAR,
        validateApiKey: validatePlumaasKey,
        isTestKey: (key) => key.startsWith('psk_test_'),
        userAgent: `ummah-plumaas/${VERSION}`,
      }),
    );
    this.baseURL = client.baseURL;
    this.isTestMode = client.isTestMode;
    const caller = new OperationCaller(client, {
      routes,
      validators,
      validateRequests: options.validateRequests ?? true,
      // No idempotency mechanism is documented: a POST is sent once, never replayed.
      retryPosts: false,
    });
    this.charges = new ChargesResource(caller);
    this.webhookEndpoints = new WebhookEndpointsResource(caller);
    this.webhooks = new PlumaasWebhooks();
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, isTestMode: this.isTestMode };
  }

  [INSPECT](): string {
    return `Plumaas ${JSON.stringify(this.toJSON())}`;
  }
}
