import { GatewayEngine } from './gateway-engine';
import { type MockGateway, wrapEngine } from './mock-gateway';
import type { MockGatewayOptions } from './options';
import { handlersUnavailable } from './transports/handlers-unavailable';

/**
 * Creates a mock gateway (Workers build: everything but `gateway.handlers`).
 *
 * @example
 * import { createMockGateway } from '@ummah/testing';
 * import Ummah from '@ummah/payments';
 *
 * const gateway = createMockGateway();
 * const ummah = new Ummah('sk_test_123', { fetch: gateway.fetch });
 */
export function createMockGateway(options: MockGatewayOptions = {}): MockGateway {
  return wrapEngine(new GatewayEngine(options), handlersUnavailable);
}
