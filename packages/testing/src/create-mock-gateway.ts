import { GatewayEngine } from './gateway-engine';
import { type MockGateway, wrapEngine } from './mock-gateway';
import type { MockGatewayOptions } from './options';
import { mswHandlers } from './transports/msw-handlers';

/**
 * Creates a mock gateway.
 *
 * @example
 * import { createMockGateway } from '@ummah/testing';
 * import Ummah from '@ummah/payments';
 *
 * const gateway = createMockGateway({ webhooks: { retryDelaysMs: [10, 10] } });
 * const ummah = new Ummah('sk_test_123', { fetch: gateway.fetch });
 * const purchase = await ummah.purchases.create({ ... });
 * await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
 */
export function createMockGateway(options: MockGatewayOptions = {}): MockGateway {
  return wrapEngine(new GatewayEngine(options), mswHandlers);
}
