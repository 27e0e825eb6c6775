import type { HmacSchemeName } from './schemes/builtin.js';
import type {
  HmacVerifyOptions,
  SchemeVerifyOptions,
  VerifyWebhookFunction,
  WebhookEventFor,
} from './types/verify-options.js';

/**
 * Webhook verification bound to one built-in HMAC scheme: what a provider client exposes as
 * `client.webhooks`. `verify` is `verifyWebhook` with the scheme filled in, typed with that
 * provider's events.
 *
 * @example
 * ```ts
 * class PlumaasWebhooks extends SchemeWebhooks<'plumaas'> {
 *   constructor() {
 *     super('plumaas', verifyWebhook);
 *   }
 * }
 * const event = await new PlumaasWebhooks().verify({ payload: rawBody, headers, secret });
 * ```
 */
export class SchemeWebhooks<S extends HmacSchemeName> {
  /** The scheme deliveries are checked with. */
  readonly scheme: S;
  readonly #verify: VerifyWebhookFunction;

  /** @param verify `verifyWebhook` of the build in use (node:crypto on Node, WebCrypto elsewhere). */
  constructor(scheme: S, verify: VerifyWebhookFunction) {
    this.scheme = scheme;
    this.#verify = verify;
  }

  /** Verifies a delivery and returns the parsed event; throws `WebhookVerificationError` otherwise. */
  verify(options: SchemeVerifyOptions): Promise<WebhookEventFor<{ scheme: S }>> {
    const hmac: HmacVerifyOptions<S> = { ...options, scheme: this.scheme };
    return this.#verify(hmac) as Promise<WebhookEventFor<{ scheme: S }>>;
  }
}
