/**
 * `@ummah/testing/server`: the mock gateway as a real HTTP server (Node only).
 *
 * @packageDocumentation
 */
export { type MockServer, type MockServerOptions, startMockServer } from './server/start-mock-server';
