import type { RequestHandler } from 'msw';
import type { Clock } from './domain/clock';
import type { DeliveryRecord } from './domain/records';
import type { GatewayEngine } from './gateway-engine';
import type { FaultController } from './http/faults';
import type { Simulator } from './simulate';
import { type HandlerFactory, mockFacade } from './transports/mock-facade';

/** One delivery attempt of a signed event, as recorded by the mock. */
export type MockDelivery = DeliveryRecord;

/**
 * A stateful, in-memory Ummah gateway. One instance is one isolated account: objects created through
 * one transport are visible through the others.
 */
export interface MockGateway {
  /** The API base URL the mock answers on (e.g. `https://gate.ummah.com/api/v1`). */
  readonly baseURL: string;
  /**
   * An in-process `fetch`: requests never leave the process.
   *
   * @example
   * const ummah = new Ummah('sk_test_123', { fetch: gateway.fetch });
   */
  readonly fetch: typeof fetch;
  /**
   * msw request handlers for the mock's origin. In the Workers build (`workerd`/`worker` conditions)
   * reading it throws: msw cannot intercept requests inside a Worker, so pass `gateway.fetch` instead.
   *
   * @example
   * const server = setupServer(...gateway.handlers);
   */
  readonly handlers: RequestHandler[];
  /** Simulated customer checkouts and subscription renewals. */
  readonly simulate: Simulator;
  /**
   * The gateway's clock, in milliseconds since the epoch: the `now` option, or the system time. Every
   * timestamp the mock writes is read from it (as Unix seconds on the wire).
   */
  readonly clock: Clock;
  /** Fault injection for the next requests (statuses, connection resets, delays). */
  readonly faults: FaultController;
  /** Every delivery attempt so far, oldest first (copies). */
  readonly deliveries: readonly MockDelivery[];
  /** Answers one Web `Request` (what every transport calls). Rejects on an injected connection reset. */
  handle(request: Request): Promise<Response>;
  /** The company callback public key (PEM), as `GET /public_key/` returns it. */
  publicKey(): Promise<string>;
  /** Resolves once no delivery attempt is in flight or waiting for a retry. */
  settled(): Promise<void>;
  /** Forgets all objects, idempotency keys, faults and pending retries. */
  reset(): void;
  /** Stops delivery retries. The gateway still answers requests afterwards. */
  close(): void;
}

export type { HandlerFactory } from './transports/mock-facade';

/** Builds the public facade over an engine (the server shares its engine this way). */
export function wrapEngine(engine: GatewayEngine, handlersFor: HandlerFactory): MockGateway {
  const facade = mockFacade({
    endpoint: engine,
    handlersFor,
    simulate: engine.simulate,
    clock: engine.clock,
    faults: engine.faults,
    deliveries: () => engine.state.deliveries,
    settled: () => engine.dispatcher.settled(),
    reset: () => engine.reset(),
    close: () => engine.dispatcher.close(),
  });
  // Object.assign keeps the facade's getters, which a spread would read once.
  return Object.assign(facade, { publicKey: async () => (await engine.companyKeys()).publicKeyPem });
}
