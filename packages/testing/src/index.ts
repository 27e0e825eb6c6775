/**
 * `@ummah/testing`: a stateful in-memory Ummah gateway for tests: msw handlers, an in-process `fetch`,
 * simulated checkouts with signed webhooks, and fault injection. The HTTP server lives at
 * `@ummah/testing/server`, the CLI is `ummah-mock`.
 *
 * @packageDocumentation
 */
export { createMockGateway } from './create-mock-gateway';
// The provider mocks use msw handlers at their core, so they are not part of the Workers build.
export * from './providers/public-api';
export * from './public-api';
