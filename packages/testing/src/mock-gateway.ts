import type { DeliveryRecord } from './domain/records';
import type { GatewayEngine } from './gateway-engine';
import type { Simulator } from './simulate';
import { type HandlerFactory, type MockFacade, mockFacade } from './transports/mock-facade';

/** One delivery attempt of a signed event, as recorded by the mock. */
export type MockDelivery = DeliveryRecord;

/**
 * A stateful, in-memory Ummah gateway. One instance is one isolated account: objects created through
 * one transport are visible through the others.
 */
export interface MockGateway extends MockFacade<Simulator, MockDelivery> {
  /** The company callback public key (PEM), as `GET /public_key/` returns it. */
  publicKey(): Promise<string>;
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
