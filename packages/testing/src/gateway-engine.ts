import { sharedKeyPool } from './crypto/key-pool';
import type { RsaKeyPair } from './crypto/rsa-key-pair';
import { type Clock, clockOf } from './domain/clock';
import type { DomainContext } from './domain/context';
import { GatewayState } from './domain/state';
import { EventDispatcher } from './events/dispatcher';
import { createEventEmitter, type UmmahOutgoingEvent, ummahDeliveryRecorder } from './events/event-emitter';
import { authenticate } from './http/authenticate';
import { FaultController } from './http/faults';
import { IdempotencyStore } from './http/idempotency';
import { Router } from './http/router';
import { DEFAULT_BASE_URL, DEFAULT_BRAND_ID, type MockGatewayOptions } from './options';
import { UMMAH_ERRORS } from './pipeline/error-response';
import { createPipeline } from './pipeline/gateway-pipeline';
import type { GatewayRoute } from './pipeline/gateway-route';
import { gatewayLinks } from './pipeline/request-area';
import { apiRoutes } from './routes/api-routes';
import { checkoutPageRoutes } from './routes/checkout-page';
import { controlRoutes } from './routes/control-routes';
import { statementFileRoutes } from './routes/statement-files';
import { createSimulator, type Simulator } from './simulate';

/**
 * One mock gateway, assembled: the domain (state, clock, links, keys, events), the simulator, the
 * routes and the request pipeline. Transports (fetch, msw, node:http) hand it Web `Request`s. Not
 * exported from the package: merchants use the `MockGateway` facade.
 */
export class GatewayEngine {
  readonly state = new GatewayState();
  readonly faults = new FaultController();
  readonly idempotency = new IdempotencyStore();
  readonly clock: Clock;
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
    this.clock = clockOf(options.now);
    this.dispatcher = new EventDispatcher(
      options.webhooks ?? {},
      ummahDeliveryRecorder(this.state.deliveries, this.clock),
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
    this.routes = apiRoutes({ domain: this.domain, pageSize: options.pageSize ?? 20 });
    const control = controlRoutes({
      simulate: this.simulate,
      faults: this.faults,
      deliveries: () => this.state.deliveries,
      reset: () => this.reset(),
    });
    this.#handle = createPipeline({
      routes: {
        api: new Router(this.routes),
        control: new Router(control),
        files: new Router(statementFileRoutes(this.domain)),
        pages: new Router(checkoutPageRoutes(this.domain)),
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
