/**
 * `@ummah/core` as Node resolves it (the `node` export condition): everything of the neutral build,
 * with an `HttpClient` whose default transport is undici, plus the undici transport itself.
 *
 * @module node
 */
// The explicit `HttpClient` and `operationClientClass` exports below take precedence over the ones
// re-exported by `export *`.

export * from './index.js';
export { HttpClient } from './node/http-client.js';
export { operationClientClass } from './node/operation-client-class.js';
export { createUndiciTransport, type UndiciTransportOptions } from './transport/undici-transport.js';
