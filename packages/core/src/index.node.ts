/**
 * `@ummah/core` as Node resolves it (the `node` export condition): everything of the neutral build,
 * with an `HttpClient` whose default transport is Node's http/https, plus that transport and the
 * undici one (loaded on its first request) for an undici `dispatcher`.
 *
 * @module node
 */
// The explicit `HttpClient` and `operationClientClass` exports below take precedence over the ones
// re-exported by `export *`.

export * from './index.js';
export { HttpClient } from './node/http-client.js';
export { operationClientClass } from './node/operation-client-class.js';
export {
  createNodeHttpTransport,
  type NodeHttpTransportOptions,
} from './transport/node-http-transport.js';
export { createUndiciTransport, type UndiciTransportOptions } from './transport/undici-transport.js';
