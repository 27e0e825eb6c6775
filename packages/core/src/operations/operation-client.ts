import { HttpClient } from '../client/http-client.js';
import type { HttpClientConfig } from '../client/types.js';
import {
  type OperationClientOptions,
  type OperationClientSetup,
  operationClientConfig,
  splitClientArguments,
} from './client-options.js';
import { OperationCaller } from './operation-caller.js';
import type { OperationCallerConfig } from './types.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Everything a provider fixes about its client: HTTP setup, operation tables and the build's
 * `HttpClient`. The key's environment variable defaults to `<PROVIDER>_API_KEY`, the log level's to
 * `<PROVIDER>_LOG` and the user agent to `ummah-<provider>/<version>`.
 */
export interface OperationClientDefinition<O extends OperationClientOptions = OperationClientOptions>
  extends Omit<OperationClientSetup, 'apiKeyEnvVar' | 'logLevelEnvVar' | 'userAgent'>,
    Partial<Pick<OperationClientSetup, 'apiKeyEnvVar' | 'logLevelEnvVar' | 'userAgent'>>,
    Pick<OperationCallerConfig, 'routes' | 'validators'> {
  /** The client package's version, for the user agent. */
  version: string;
  /**
   * The `HttpClient` class to build. @default the one of the build in use: `operationClientClass`
   * from `@ummah/core` gives the Node one (node:http) under the `node` export condition, fetch elsewhere.
   */
  httpClient?: new (
    config: HttpClientConfig,
  ) => HttpClient;
  /** Settings that depend on the caller's options (e.g. how the key is sent); may throw `ConfigurationError`. */
  fromOptions?: (options: O) => Pick<OperationClientSetup, 'authHeaders'>;
}

/**
 * The base of a provider client built on an operation table: reads `new Client(key?, options?)`,
 * builds its `HttpClient` and an {@link OperationCaller} that validates input before sending and
 * sends POSTs once (the providers built this way document no idempotency keys). Its `toJSON` and
 * `util.inspect` output name the base URL only: the key never appears.
 *
 * Providers usually extend the class {@link operationClientClass} makes from their definition.
 */
export class OperationClient<O extends OperationClientOptions = OperationClientOptions> {
  /** The API root calls go to. */
  readonly baseURL: string;
  /** True when the key is a test key (for providers whose keys tell). */
  readonly isTestMode: boolean;
  /** Sends the client's operations; resources are built over it. */
  protected readonly caller: OperationCaller;
  readonly #provider: string;

  /**
   * @throws ConfigurationError when no key is found, the key or an option is invalid, or no base URL
   * is given for a provider that documents none.
   */
  constructor(
    keyOrOptions: string | O | undefined,
    maybeOptions: O | undefined,
    definition: OperationClientDefinition<O>,
  ) {
    const options = splitClientArguments<O>(keyOrOptions, maybeOptions);
    const setup: OperationClientSetup = {
      apiKeyEnvVar: `${definition.provider.toUpperCase()}_API_KEY`,
      logLevelEnvVar: `${definition.provider.toUpperCase()}_LOG`,
      userAgent: `ummah-${definition.provider.toLowerCase()}/${definition.version}`,
      ...definition,
      ...definition.fromOptions?.(options),
    };
    const Client = definition.httpClient ?? HttpClient;
    const client = new Client(operationClientConfig(options, setup));
    this.#provider = definition.provider;
    this.baseURL = client.baseURL;
    this.isTestMode = client.isTestMode;
    this.caller = new OperationCaller(client, {
      routes: definition.routes,
      validators: definition.validators,
      validateRequests: options.validateRequests ?? true,
      // No idempotency mechanism is documented: a POST is sent once, never replayed.
      retryPosts: false,
    });
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, isTestMode: this.isTestMode };
  }

  [INSPECT](): string {
    return `${this.#provider} ${JSON.stringify(this.toJSON())}`;
  }
}

/** The constructor of a provider client: `new Client(apiKey?, options?)` or `new Client(options)`. */
export interface OperationClientConstructor<O extends OperationClientOptions> {
  /**
   * @param apiKey Read from the provider's environment variable when omitted.
   * @throws ConfigurationError when no key is found, the key or an option is invalid, or no base URL
   * is given for a provider that documents none.
   */
  new (apiKey?: string | null, options?: O): OperationClient<O>;
  new (options: O): OperationClient<O>;
}

/**
 * The base class of one provider's client: an {@link OperationClient} whose constructor takes the
 * caller's arguments only. The provider's class extends it and adds its resources over `this.caller`.
 *
 * @example
 * export class Plumaas extends operationClientClass<PlumaasOptions>(PLUMAAS) {
 *   readonly charges = new ChargesResource(this.caller);
 * }
 */
export function operationClientClass<O extends OperationClientOptions>(
  definition: OperationClientDefinition<O>,
): OperationClientConstructor<O> {
  return class extends OperationClient<O> {
    constructor(keyOrOptions?: string | O | null, maybeOptions?: O) {
      super(keyOrOptions ?? undefined, maybeOptions, definition);
    }
  };
}
