import {
  ConfigurationError,
  HttpClient,
  type Logger,
  operationClientConfig,
  readEnv,
  splitClientArguments,
} from '@ummah/core';
import {
  API_KEY_ENV_VAR,
  BASE_URL_ENV_VAR,
  DEFAULT_BASE_URL,
  LOG_LEVEL_ENV_VAR,
  type UmmahOptions,
} from './client-options.js';
import { OperationCaller } from './internal/operation-caller.js';
import type { ResponseValidationMode } from './internal/response-check.js';
import { validateSecretKey } from './internal/validate-secret-key.js';
import { AccountResource } from './resources/account.js';
import { BalanceResource } from './resources/balance.js';
import { BillingResource } from './resources/billing.js';
import { BillingTemplatesResource } from './resources/billing-templates.js';
import { ClientsResource } from './resources/clients.js';
import { PaymentMethodsResource } from './resources/payment-methods.js';
import { PayoutMethodsResource } from './resources/payout-methods.js';
import { PublicKeyResource } from './resources/public-key.js';
import { PurchasesResource } from './resources/purchases.js';
import { RefundsResource } from './resources/refunds.js';
import { StatementsResource } from './resources/statements.js';
import { SubscriptionsResource } from './resources/subscriptions.js';
import { WebhooksResource } from './resources/webhooks.js';
import { VERSION } from './version.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const RESPONSE_MODES: ReadonlySet<string> = new Set<ResponseValidationMode>(['off', 'warn', 'strict']);
const QUIET_LEVELS: ReadonlySet<string> = new Set(['error', 'off']);

/** `UMMAH_BASE_URL`, ignored when set but empty (a common leftover in `.env` files). */
function baseURLFromEnv(): string | undefined {
  const value = readEnv(BASE_URL_ENV_VAR)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The Ummah payment gateway client. One instance per key; it is cheap to keep for the life of the
 * process and safe to share between concurrent requests.
 *
 * @example
 * import Ummah from '@ummah/payments';
 * const ummah = new Ummah(process.env.UMMAH_SECRET_KEY);
 * const purchase = await ummah.purchases.create({
 *   brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
 *   client: { email: 'user@example.com' },
 *   purchase: { products: [{ name: 'T-Shirt', price: 5000, quantity: 1 }], currency: 'USD' },
 *   success_redirect: 'https://yourapp.com/success',
 *   failure_redirect: 'https://yourapp.com/failure',
 * });
 * console.log(purchase.checkout_url);
 */
export class Ummah {
  /** Purchases: create, retrieve, cancel, release, capture, refund, charge … */
  readonly purchases: PurchasesResource;
  /** Payment methods available for a brand and currency. */
  readonly paymentMethods: PaymentMethodsResource;
  /** Payout methods available for a brand and currency. */
  readonly payoutMethods: PayoutMethodsResource;
  /** Billing templates (plans) and, under `.subscribers`, their subscribers. */
  readonly billingTemplates: BillingTemplatesResource;
  /** One-time invoices. */
  readonly billing: BillingResource;
  /** Clients and, under `.recurringTokens`, their saved payment methods. */
  readonly clients: ClientsResource;
  /** Balance data. */
  readonly balance: BalanceResource;
  /** Company balance and turnover. */
  readonly account: AccountResource;
  /** Company statements: create, wait, download. */
  readonly statements: StatementsResource;
  /** Webhook endpoints and their deliveries. */
  readonly webhooks: WebhooksResource;
  /** The company callback public key. */
  readonly publicKey: PublicKeyResource;
  /**
   * Refunds, full or partial: `ummah.refunds.create(purchaseId, { amount? })`. The same operation as
   * `purchases.refund`, with the same idempotency behaviour.
   */
  readonly refunds: RefundsResource;
  /**
   * Subscriptions over the billing-template routes: `createPlan`, `subscribe` (a trial starts
   * paused), `pause`, `resume`, `list`, `retrieve`.
   */
  readonly subscriptions: SubscriptionsResource;

  // The options this client was built from, for `withOptions`; private so they never print.
  readonly #options: UmmahOptions;

  /** The API root calls go to, without trailing slash. */
  readonly baseURL: string;
  /** True when the key is a sandbox key (`sk_test_…`): no real money moves. */
  readonly isTestMode: boolean;

  /**
   * @param apiKey Secret key; read from `UMMAH_SECRET_KEY` when omitted or `undefined`.
   * @param options Base URL, timeouts, retries, transport, logging, hooks and validation.
   * @throws ConfigurationError when no key is found, the key is malformed, or an option is invalid.
   */
  constructor(apiKey?: string, options?: UmmahOptions);
  /** @param options Options including `apiKey`; the key falls back to `UMMAH_SECRET_KEY`. */
  constructor(options: UmmahOptions);
  constructor(keyOrOptions?: string | UmmahOptions, maybeOptions?: UmmahOptions) {
    const options = splitClientArguments<UmmahOptions>(keyOrOptions, maybeOptions);
    this.#options = options;
    const responseMode = options.validateResponses ?? 'off';
    if (!RESPONSE_MODES.has(responseMode)) {
      throw new ConfigurationError("`validateResponses` must be 'off', 'warn' or 'strict'.");
    }
    const client = new HttpClient(
      operationClientConfig(options, {
        provider: 'Ummah',
        defaultBaseURL: baseURLFromEnv() ?? DEFAULT_BASE_URL,
        apiKeyEnvVar: API_KEY_ENV_VAR,
        logLevelEnvVar: LOG_LEVEL_ENV_VAR,
        validateApiKey: validateSecretKey,
        userAgent: `ummah-node/${VERSION}`,
      }),
    );
    this.baseURL = client.baseURL;
    this.isTestMode = client.isTestMode;

    // The level as core resolved it (the option, else UMMAH_LOG, already checked there), so a
    // quiet client stays quiet about response drift too.
    const level = options.logLevel ?? readEnv(LOG_LEVEL_ENV_VAR)?.trim().toLowerCase() ?? 'warn';
    const logger: Logger | undefined = QUIET_LEVELS.has(level) ? undefined : (options.logger ?? console);
    const caller = new OperationCaller(client, {
      validateRequests: options.validateRequests ?? true,
      responseCheck: { mode: responseMode, logger, reported: new Set() },
    });

    this.purchases = new PurchasesResource(caller);
    this.paymentMethods = new PaymentMethodsResource(caller);
    this.payoutMethods = new PayoutMethodsResource(caller);
    this.billingTemplates = new BillingTemplatesResource(caller);
    this.billing = new BillingResource(caller);
    this.clients = new ClientsResource(caller);
    this.balance = new BalanceResource(caller);
    this.account = new AccountResource(caller);
    this.statements = new StatementsResource(caller);
    this.webhooks = new WebhooksResource(caller);
    this.publicKey = new PublicKeyResource(caller);
    this.refunds = new RefundsResource(caller);
    this.subscriptions = new SubscriptionsResource(caller);
  }

  /**
   * A new client with these options over this one's (the key included unless you pass another):
   * for a part of your app that needs a shorter timeout, no retries, or another account's key.
   * This client is unchanged.
   *
   * @example
   * const fast = ummah.withOptions({ timeout: 5_000, maxRetries: 0 });
   * const forMerchant = ummah.withOptions({ apiKey: merchant.secretKey });
   */
  withOptions(options: UmmahOptions): Ummah {
    // Through `this.constructor` rather than the class name: a class body naming itself makes the
    // bundler rename the class (`_Ummah`), and `Ummah.name` is what merchants see in logs.
    const Client = this.constructor as new (options: UmmahOptions) => Ummah;
    return new Client({ ...this.#options, ...options });
  }

  /** A secret-free description, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, isTestMode: this.isTestMode };
  }

  [INSPECT](): string {
    return `Ummah ${JSON.stringify(this.toJSON())}`;
  }
}
