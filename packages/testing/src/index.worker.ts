/**
 * `@ummah/testing` for Workers (`workerd`, `worker` and `edge-light` export conditions): the same API
 * without msw, which cannot run there; `gateway.handlers` explains that when read.
 *
 * @packageDocumentation
 */
export { createMockGateway } from './create-mock-gateway.worker';
export * from './providers/create-mocks.worker';
export * from './public-api';
