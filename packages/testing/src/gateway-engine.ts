import type { WebhookEventType } from '@ummah/schema/ummah/events';
import { sharedKeyPool } from './crypto/key-pool';
import type { RsaKeyPair } from './crypto/rsa-key-pair';
import { renewalTimeline } from './domain/billing/renewal-schedule';
import type { DomainContext } from './domain/context';
import { notFound } from './domain/errors';
import { GatewayState } from './domain/state';
import { statementTimeline } from './domain/statements/statements';
import { TestClock } from './domain/test-clock';
import { EventDispatcher } from './events/dispatcher';
import {
  createEventEmitter,
  resendTarget,
  type UmmahOutgoingEvent,
  ummahDeliveryRecorder,
} from './events/event-emitter';
import { authenticate } from './http/authenticate';
import { FaultController } from './http/faults';
import { IdempotencyStore } from './http/idempotency';
import { Router } from './http/router';
import { DEFAULT_BASE_URL, DEFAULT_BRAND_ID, type MockGatewayOptions } from './options';
import { gatewayErrorFor, UMMAH_ERRORS } from './pipeline/error-response';
import { createPipeline } from './pipeline/gateway-pipeline';
import type { GatewayRoute } from './pipeline/gateway-route';
import { gatewayLinks } from './pipeline/request-area';
import { apiRoutes } from './routes/api-routes';
import { checkoutPageRoutes } from './routes/checkout-page';
import { controlRoutes } from './routes/control-routes';
import { renderDashboard } from './routes/dashboard';
import { dashboardPageRoutes } from './routes/dashboard-page';
import { statementFileRoutes } from './routes/statement-files';
import { createSimulator, type Simulator } from './simulate';
import { TRIGGERABLE_EVENTS, triggerEvent } from './trigger';

/**
 * One mock gateway, assembled: the domain (state, clock, links, keys, events), the simulator, the
 * routes and the request pipeline. Transports (fetch, msw, node:http) hand it Web `Request`s. Not
 * exported from the package: merchants use the `MockGateway` facade.
 */
export class GatewayEngine {
  readonly state = new GatewayState();
  readonly faults = new FaultController();
  readonly idempotency = new IdempotencyStore();
  readonly clock: TestClock;
  readonly dispatcher: EventDispatcher<UmmahOutgoingEvent>;
  readonly domain: DomainContext;
  readonly simulate: Simulator;
  /** The routes of the gateway API, one per operation of the schema. */
  readonly routes: readonly GatewayRoute[];
  readonly #handle: (request: Request) => Promise<Response>;
  #baseURL: URL;
  #companyKeys: Promise<RsaKeyPair> | undefined;

  constructor(options: MockGatewayOptions) {
    this.#baseURL = normaliseBase(options.baseURL ?? DEFAULT_BASE_URL);
    this.clock = new TestClock(options.now);
    this.dispatcher = new EventDispatcher(
      options.webhooks ?? {},
      ummahDeliveryRecorder(this.state, this.clock),
      this.clock,
    );
    const keys = { webhook: () => sharedKeyPool.take(), company: () => this.companyKeys() };
    this.domain = {
      state: this.state,
      clock: this.clock,
      links: gatewayLinks(() => this.#baseURL.origin),
      keys,
      emit: createEventEmitter({ state: this.state, clock: this.clock, keys, dispatcher: this.dispatcher }),
      settings: {
        brandId: options.brandId ?? DEFAULT_BRAND_ID,
        statementProcessingMs: options.statementProcessingMs ?? 0,
      },
    };
    this.simulate = createSimulator(this.domain);
    // What the test clock runs as it passes their due times.
    this.clock.schedule(renewalTimeline(this.domain));
    this.clock.schedule(statementTimeline(this.domain));
    this.clock.schedule(this.dispatcher);
    this.routes = apiRoutes({ domain: this.domain, pageSize: options.pageSize ?? 20 });
    const control = controlRoutes({
      simulate: this.simulate,
      trigger: {
        events: TRIGGERABLE_EVENTS,
        fire: (event) => triggerEvent(this.domain, () => this.dispatcher.idle(), event as WebhookEventType),
      },
      resend: (deliveryId) => this.resend(deliveryId),
      // Attempts in flight finish first, so the log shows the answers to what was just done.
      dashboard: async () => {
        await this.dispatcher.idle();
        return renderDashboard(this.state, {
          apiPath: new URL(this.baseURL).pathname.replace(/\/$/, ''),
          now: this.clock.now(),
          brandId: this.domain.settings.brandId,
          events: TRIGGERABLE_EVENTS,
        });
      },
      clock: this.clock,
      faults: this.faults,
      deliveries: () => this.state.deliveries,
      reset: () => this.reset(),
    });
    this.#handle = createPipeline({
      routes: {
        api: new Router(this.routes),
        control: new Router(control),
        files: new Router(statementFileRoutes(this.domain)),
        pages: new Router([
          ...checkoutPageRoutes(this.domain, this.simulate),
          ...dashboardPageRoutes(
            'Ummah mock dashboard',
            'any sk_test_… key unless the mock was started with --api-key',
          ),
        ]),
      },
      faults: this.faults,
      idempotency: this.idempotency,
      base: () => this.#baseURL,
      authenticate: (headers) => authenticate(headers.get('authorization'), options.apiKeys),
      errors: UMMAH_ERRORS,
      onResponse: options.onResponse,
    });
  }

  /** The API base URL, without a trailing slash. */
  get baseURL(): string {
    return this.#baseURL.href.replace(/\/$/, '');
  }

  /** Re-points the mock at another origin (the server does this once it knows its port). */
  setBaseURL(baseURL: string): void {
    this.#baseURL = normaliseBase(baseURL);
  }

  /** The company key pair behind `GET /public_key/`, created on first use and kept across resets. */
  companyKeys(): Promise<RsaKeyPair> {
    this.#companyKeys ??= sharedKeyPool.take();
    return this.#companyKeys;
  }

  /** Forgets every object, idempotency key, fault and scheduled delivery retry. */
  reset(): void {
    this.dispatcher.close();
    this.dispatcher.reopen();
    this.state.clear();
    this.idempotency.clear();
    this.faults.clear();
  }

  /** Sends a logged delivery again (same event, same receiver, signed again); resolves after the attempt. */
  async resend(deliveryId: string): Promise<void> {
    const record = this.state.deliveries.find((delivery) => delivery.id === deliveryId);
    if (!record) throw gatewayErrorFor(notFound('No such delivery.'));
    const target = resendTarget(this.state, this.domain.keys, record).catch((error: unknown) => {
      throw gatewayErrorFor(error);
    });
    await target;
    await this.dispatcher.dispatch(
      { body: record.payload, source: { id: record.source_id, type: record.source_type } },
      JSON.stringify(record.payload),
      target.then((one) => [one]),
    );
  }

  /** Answers one request. Rejects with `MockConnectionReset` when a fault drops the connection. */
  handle(request: Request): Promise<Response> {
    return this.#handle(request);
  }
}

function normaliseBase(baseURL: string): URL {
  const url = new URL(baseURL);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
