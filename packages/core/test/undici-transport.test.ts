import { describe } from 'vitest';
import type { HttpClientConfig } from '../src/index.js';
import { createUndiciTransport, HttpClient } from '../src/index.node.js';
import { reviewedDefects } from './support/defects-suite.js';
import { transportLifecycle } from './support/transport-lifecycle-suite.js';
import { transportBehaviour } from './support/transport-suite.js';

/** A node-build client on the undici transport, which is loaded by its first request. */
const onUndici = (config: HttpClientConfig) =>
  new HttpClient({ ...config, transport: createUndiciTransport() });

describe('HttpClient on the undici transport (node build, for an undici dispatcher)', () => {
  transportBehaviour(onUndici);
  transportLifecycle(onUndici);
  reviewedDefects(onUndici);
});
