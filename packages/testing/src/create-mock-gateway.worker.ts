import { GatewayEngine } from './gateway-engine';
import { type MockGateway, wrapEngine } from './mock-gateway';
import type { MockGatewayOptions } from './options';

/**
 * msw cannot intercept requests inside a Worker, and loading it there fails (its cookie store wants
 * `localStorage`), so the Workers build leaves it out and says what to do instead.
 */
function handlersUnavailable(): never {
  throw new Error(
    '@ummah/testing: msw handlers are not available in a Worker (msw cannot intercept requests there). ' +
      'Pass the in-process fetch instead: new Ummah(key, { fetch: gateway.fetch }).',
  );
}

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
