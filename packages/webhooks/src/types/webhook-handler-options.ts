// What merchants pass to `createWebhookHandler` (Web and Express) and what their `handle` receives.
import type { WebhookVerificationError } from '../errors.js';
import type { UmmahWebhookEvent } from '../events/ummah-events.js';
import type { HmacSchemeName } from '../schemes/builtin.js';
import type { HmacScheme } from '../schemes/hmac-scheme.js';
import type { HeadersInput } from './delivery.js';
import type { HmacVerifyOptions, UmmahVerifyOptions, WebhookEventFor } from './verify-options.js';
import type { WebhookEventStore } from './webhook-event-store.js';

/**
 * The verification options of a handler: those of `verifyWebhook` without the delivery (the handler
 * reads it from the request) and without `replayGuard` (the handler's `store` takes its place).
 */
export type WebhookHandlerVerifyOptions =
  | Omit<UmmahVerifyOptions, 'payload' | 'headers' | 'replayGuard'>
  | Omit<HmacVerifyOptions, 'payload' | 'headers' | 'replayGuard'>;

/** What `handle` receives besides the event. */
export interface WebhookHandlerContext {
  /**
   * The event's replay key: the same for every delivery of the event, on every instance. Use it as the
   * idempotency key of what `handle` does (a unique column, `idempotencyKey` of an API call).
   */
  readonly key: string;
  /**
   * Aborted when this instance's lease on the event runs out (`leaseSeconds` after it started). Another
   * instance may then process the event: stop, or pass the signal to the work you start.
   */
  readonly signal: AbortSignal;
  /** The delivery's headers. */
  readonly headers: HeadersInput;
}

/** The options of a handler besides verification; `Context` is what its adapter adds to the context. */
export interface WebhookHandlerSettings<Event, Context = object> {
  /**
   * Processes one event, once. Resolve when the event's work is done (the event is then marked done
   * and the provider answered 200); throw to have the provider retry it (the lease is released and
   * the provider answered 500). Runs only for genuine deliveries.
   */
  handle: (event: Event, context: WebhookHandlerContext & Context) => unknown;
  /**
   * Where the state of each event is kept. Every instance that receives the provider's deliveries must
   * share it: `createRedisReplayStore(client)` from `@ummah/webhooks/redis`, or your own
   * {@link WebhookEventStore}.
   * @default createMemoryReplayStore(), which holds for one process only
   */
  store?: WebhookEventStore;
  /**
   * How long one instance may hold an event, in seconds. An instance that dies while processing
   * holds it this long; a `handle` still running after it gets its `signal` aborted, and the delivery
   * is answered 503 so that the provider retries. Set it above your slowest `handle`.
   * @default 60
   */
  leaseSeconds?: number;
  /**
   * How long a processed event is remembered, in seconds: longer than the provider keeps retrying
   * (the Ummah gateway retries for up to 36 hours).
   * @default 259200 (three days)
   */
  ttlSeconds?: number;
  /**
   * Called with the reason whenever a delivery is not answered 2xx (except 409 for an event another
   * instance is processing), and when an event was processed but could not be recorded as done
   * (`STORE_UNAVAILABLE`, `LEASE_LOST`). `error.cause` holds what `handle` or the store threw. For
   * logs and alerts; the response does not change.
   */
  onError?: (error: WebhookVerificationError, context: { readonly key?: string }) => void;
}

/**
 * Options of `createWebhookHandler` for the gateway's RSA scheme and the built-in HMAC schemes: the
 * verification options of `verifyWebhook` and the {@link WebhookHandlerSettings}, with `handle`'s event
 * typed by the scheme. `Context` is what the adapter adds to `handle`'s context, `Extra` its own options.
 */
export type WebhookHandlerOptions<Context = object, Extra = object> =
  | (Omit<UmmahVerifyOptions, 'payload' | 'headers' | 'replayGuard'> &
      WebhookHandlerSettings<UmmahWebhookEvent, Context> &
      Extra)
  | {
      [S in HmacSchemeName]: Omit<HmacVerifyOptions<S>, 'payload' | 'headers' | 'replayGuard'> &
        WebhookHandlerSettings<WebhookEventFor<{ scheme: S }>, Context> &
        Extra;
    }[HmacSchemeName];

/** Options of `createWebhookHandler` for a scheme from `defineHmacScheme`, whose type gives `handle`'s event. */
export type DefinedSchemeHandlerOptions<Event, Context = object, Extra = object> = Omit<
  HmacVerifyOptions<HmacScheme<Event>>,
  'payload' | 'headers' | 'replayGuard'
> &
  WebhookHandlerSettings<Event, Context> &
  Extra;

/** A Web handler: a fetch `Request` in, the `Response` for the provider out. */
export type WebhookRequestHandler = (request: Request) => Promise<Response>;

/** What the Web handler adds to `handle`'s context. */
export interface WebHandlerContext {
  /** The delivery's `Request` (its body already read). */
  readonly request: Request;
}

/**
 * Create a Web handler that verifies each delivery and runs `handle` once per event across every
 * instance that shares `store`.
 */
export interface CreateWebhookHandlerFunction {
  (options: WebhookHandlerOptions<WebHandlerContext>): WebhookRequestHandler;
  <Event>(options: DefinedSchemeHandlerOptions<Event, WebHandlerContext>): WebhookRequestHandler;
}
