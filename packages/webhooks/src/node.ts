// node:crypto build, selected by the `node` export condition: synchronous HMAC and RSA with cached
// KeyObjects. Not a second copy of the API: the build and the tests (scripts/node-build.ts) resolve
// this import to index.ts compiled again with its WebCrypto backend swapped for internal/node-backend.ts.
export * from './index.js';
