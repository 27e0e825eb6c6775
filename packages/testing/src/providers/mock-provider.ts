import { type HandlerFactory, type MockFacade, mockFacade } from '../transports/mock-facade';
import type { ProviderDelivery } from './provider-delivery';
import type { ProviderEngine } from './provider-engine';

/**
 * A stateful, in-memory mock of a payment provider's API, shaped like the Ummah `MockGateway`: one
 * instance is one isolated account, and objects created through one transport are visible through
 * the others. `S` is the provider's `simulate` object.
 */
export interface MockProvider<S> extends MockFacade<S, ProviderDelivery> {
  /** A secret key the mock accepts (the first of `apiKeys`, or a test key of the provider's prefix). */
  readonly apiKey: string;
  /** The signing secret of the endpoint configured with `webhookUrl`. */
  readonly webhookSecret: string;
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
