/**
 * `@ummah/testing`: a stateful in-memory Ummah gateway for tests: msw handlers, an in-process `fetch`,
 * simulated checkouts with signed webhooks, and fault injection. The HTTP server lives at
 * `@ummah/testing/server`, the CLI is `ummah-mock`.
 *
 * @packageDocumentation
 */
export { createMockGateway } from './create-mock-gateway';
export * from './providers/create-mocks';
export * from './public-api';
