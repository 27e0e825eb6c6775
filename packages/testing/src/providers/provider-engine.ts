import { TestClock } from '../domain/test-clock';
import { type DeliveryTarget, EventDispatcher } from '../events/dispatcher';
import { FaultController } from '../http/faults';
import { IdempotencyStore } from '../http/idempotency';
import { Router } from '../http/router';
import { createPipeline } from '../pipeline/gateway-pipeline';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { commonControlRoutes } from '../routes/control-routes';
import { dashboardPageRoutes } from '../routes/dashboard-page';
import { mockRoute } from '../routes/mock-route';
import { resendRoute } from '../routes/resend-route';
import { type EventTrigger, triggerRoutes } from '../routes/trigger-routes';
import { keyAuthenticator } from './provider-auth';
import { type ProviderObjectTable, renderProviderDashboard } from './provider-dashboard';
import {
  hmacTarget,
  type ProviderDelivery,
  type ProviderEvent,
  type ProviderTarget,
  providerDeliveryRecorder,
} from './provider-delivery';
import { refuse } from './provider-errors';
import { newWebhookSecret } from './provider-ids';
import type { ProviderMockOptions } from './provider-options';
import { defaultTestKey, type ProviderProfile } from './provider-profile';

/** What a provider mock plugs into its engine once its state exists. */
export interface ProviderParts {
  /** One route per operation of the API. */
  readonly api: readonly GatewayRoute[];
  /** Its simulation endpoints under `/_mock/`, for the server. */
  readonly control: readonly GatewayRoute[];
  /** Forgets the provider's objects. */
  readonly clear: () => void;
  /** Fires any event of the provider's schema on demand (`POST /_mock/trigger/`). */
  readonly trigger: EventTrigger;
  /** The objects the provider stores, with their states and step endpoints, for the dashboard. */
  readonly objects: () => readonly ProviderObjectTable[];
}

/**
 * The shared machinery of a provider mock: clock, faults, idempotency, signed deliveries and the
 * request pipeline of the Ummah mock, configured with the provider's routes, keys and error words.
 * Each provider supplies its state and handlers through `attach`.
 */
export class ProviderEngine {
  readonly clock: TestClock;
  readonly faults = new FaultController();
  readonly idempotency = new IdempotencyStore();
  readonly deliveries: ProviderDelivery[] = [];
  readonly dispatcher: EventDispatcher<ProviderEvent>;
  /** A test key the mock accepts. */
  readonly apiKey: string;
  /** The secret of the endpoint configured with `webhookUrl`. */
  readonly webhookSecret: string;
  /** The endpoint configured with `webhookUrl`, if any. */
  readonly webhookUrl: string | undefined;
  readonly #profile: ProviderProfile;
  readonly #options: ProviderMockOptions;
  /** What each logged attempt sent and where, so it can be sent again, signed anew. */
  readonly #sent = new Map<string, { readonly event: ProviderEvent; readonly target: DeliveryTarget }>();
  #baseURL: URL;
  #parts: ProviderParts | undefined;
  #handle: ((request: Request) => Promise<Response>) | undefined;

  constructor(profile: ProviderProfile, options: ProviderMockOptions) {
    this.#profile = profile;
    this.#options = options;
    this.#baseURL = new URL(options.baseURL ?? profile.defaultBaseURL);
    this.clock = new TestClock(options.now);
    const record = providerDeliveryRecorder(this.deliveries, this.clock);
    this.dispatcher = new EventDispatcher(
      options.webhooks ?? {},
      (event, attempt) => {
        const delivery = record(event, attempt);
        this.#sent.set(delivery.id, { event, target: attempt.target });
        return delivery;
      },
      this.clock,
    );
    // Advancing the clock runs the delivery retries that fall due.
    this.clock.schedule(this.dispatcher);
    this.apiKey = options.apiKeys?.[0] ?? defaultTestKey(profile);
    this.webhookSecret = options.webhookSecret ?? newWebhookSecret();
    this.webhookUrl = options.webhookUrl;
  }

  /** Items per page when a list request gives no `limit`. */
  get pageSize(): number {
    return this.#options.pageSize ?? 20;
  }

  /** The API base URL, without a trailing slash. */
  get baseURL(): string {
    return this.#baseURL.href.replace(/\/$/, '');
  }

  /** Re-points the mock at another origin (the server does this once it knows its port). */
  setBaseURL(baseURL: string): void {
    this.#baseURL = new URL(baseURL);
  }

  /** Plugs in the provider's routes and state; requests are answered from then on. */
  attach(parts: ProviderParts): void {
    this.#parts = parts;
    const control = commonControlRoutes({
      clock: this.clock,
      faults: this.faults,
      deliveries: () => this.deliveries,
      reset: () => this.reset(),
    });
    this.#handle = createPipeline({
      routes: {
        api: new Router(parts.api),
        control: new Router([
          ...control,
          ...triggerRoutes(parts.trigger),
          resendRoute(
            (id) => this.resend(id),
            () => this.deliveries,
          ),
          mockRoute('GET', '/dashboard/', 'mock.dashboard', async () => {
            // Attempts in flight finish first, so the log shows the answers to what was just done.
            await this.dispatcher.idle();
            return {
              status: 200,
              text: renderProviderDashboard({
                objects: parts.objects(),
                deliveries: this.deliveries,
                now: this.clock.now(),
                events: parts.trigger.events,
              }),
              contentType: 'text/html; charset=utf-8',
            };
          }),
          ...parts.control,
        ]),
        pages: new Router(
          dashboardPageRoutes(
            `${this.#profile.scheme} mock dashboard`,
            `the test key ummah-mock printed, ${this.#profile.keys.prefix}test_…, unless it was started with --api-key`,
          ),
        ),
        trailingSlash: false,
      },
      faults: this.faults,
      idempotency: this.idempotency,
      base: () => new URL(`${this.baseURL}/`),
      authenticate: keyAuthenticator(this.#profile.keys, this.#options.apiKeys),
      errors: this.#profile.errors,
      onResponse: this.#options.onResponse,
    });
  }

  /** Signs and sends an event to each target; resolves once every first attempt is done. */
  deliver(event: ProviderEvent, targets: readonly ProviderTarget[]): Promise<void> {
    const extra = this.#profile.eventHeaders?.(event) ?? {};
    const signed = targets.map((target) =>
      hmacTarget(this.#profile.scheme, target, event, this.clock, extra),
    );
    return this.dispatcher.dispatch(event, JSON.stringify(event.payload), Promise.resolve(signed));
  }

  /**
   * Sends a logged delivery again: the same event and body to the same receiver, signed anew with
   * the same secret at the mock's time. Resolves after the attempt; a 404 for an unknown id.
   */
  async resend(deliveryId: string): Promise<void> {
    const sent = this.#sent.get(deliveryId);
    if (!sent) throw refuse(404, `No such delivery: ${deliveryId}`);
    await this.dispatcher.dispatch(
      sent.event,
      JSON.stringify(sent.event.payload),
      Promise.resolve([sent.target]),
    );
  }

  /** The endpoint configured with `webhookUrl`, as a delivery target (none without it). */
  configuredTargets(): ProviderTarget[] {
    return this.webhookUrl ? [{ url: this.webhookUrl, secret: this.webhookSecret }] : [];
  }

  /** Answers one request. */
  handle(request: Request): Promise<Response> {
    if (!this.#handle) throw new Error('The provider mock has no routes attached.');
    return this.#handle(request);
  }

  /** Forgets every object, delivery, idempotency key, fault and scheduled retry. */
  reset(): void {
    this.dispatcher.close();
    this.dispatcher.reopen();
    this.deliveries.length = 0;
    this.#sent.clear();
    this.idempotency.clear();
    this.faults.clear();
    this.#parts?.clear();
  }
}
