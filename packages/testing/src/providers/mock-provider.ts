import type { RequestHandler } from 'msw';
import type { Clock } from '../domain/clock';
import type { FaultController } from '../http/faults';
import { type HandlerFactory, mockFacade } from '../transports/mock-facade';
import type { ProviderDelivery } from './provider-delivery';
import type { ProviderEngine } from './provider-engine';

/**
 * A stateful, in-memory mock of a payment provider's API, shaped like the Ummah `MockGateway`: one
 * instance is one isolated account, and objects created through one transport are visible through
 * the others. `S` is the provider's `simulate` object.
 */
export interface MockProvider<S> {
  /** The API base URL the mock answers on (the provider's documented one unless `baseURL` is given). */
  readonly baseURL: string;
  /** A secret key the mock accepts (the first of `apiKeys`, or a test key of the provider's prefix). */
  readonly apiKey: string;
  /** The signing secret of the endpoint configured with `webhookUrl`. */
  readonly webhookSecret: string;
  /**
   * An in-process `fetch`: requests never leave the process.
   *
   * @example
   * const response = await mock.fetch(`${mock.baseURL}/charges`, { method: 'POST', ... });
   */
  readonly fetch: typeof fetch;
  /**
   * msw request handlers for the mock's origin.
   *
   * @example
   * const server = setupServer(...mock.handlers);
   */
  readonly handlers: RequestHandler[];
  /** The state changes a customer or the provider makes (payments, expiries, refunds settling). */
  readonly simulate: S;
  /** The mock's clock, in milliseconds since the epoch. */
  readonly clock: Clock;
  /** Fault injection for the next requests (statuses, connection resets, delays). */
  readonly faults: FaultController;
  /** Every delivery attempt so far, oldest first (copies). */
  readonly deliveries: readonly ProviderDelivery[];
  /** Answers one Web `Request` (what every transport calls). */
  handle(request: Request): Promise<Response>;
  /** Resolves once no delivery attempt is in flight or waiting for a retry. */
  settled(): Promise<void>;
  /** Forgets all objects, deliveries, idempotency keys, faults and pending retries. */
  reset(): void;
  /** Stops delivery retries. The mock still answers requests afterwards. */
  close(): void;
}

/** Makes the msw handlers of a mock; the Workers build supplies one that explains their absence. */
export type ProviderHandlerFactory = HandlerFactory;

/** The public facade over a provider engine and its simulator. */
export function wrapProvider<S>(
  engine: ProviderEngine,
  simulate: S,
  handlersFor: ProviderHandlerFactory,
): MockProvider<S> {
  const facade = mockFacade({
    endpoint: engine,
    handlersFor,
    simulate,
    clock: engine.clock,
    faults: engine.faults,
    deliveries: () => engine.deliveries,
    settled: () => engine.dispatcher.settled(),
    reset: () => engine.reset(),
    close: () => engine.dispatcher.close(),
  });
  // Object.assign keeps the facade's getters, which a spread would read once.
  return Object.assign(facade, { apiKey: engine.apiKey, webhookSecret: engine.webhookSecret });
}
