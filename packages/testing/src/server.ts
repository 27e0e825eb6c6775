/**
 * `@ummah/testing/server`: the mock gateway as a real HTTP server (Node only).
 *
 * @packageDocumentation
 */

export type { ProviderName } from './providers/provider-registry';
export { type MockServer, type MockServerOptions, startMockServer } from './server/start-mock-server';
export {
  type ProviderMockServer,
  type ProviderMockServerOptions,
  startProviderMockServer,
} from './server/start-provider-mock-server';
