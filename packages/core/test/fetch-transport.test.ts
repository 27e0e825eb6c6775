import { describe } from 'vitest';
import { HttpClient } from '../src/index.js';
import { reviewedDefects } from './support/defects-suite.js';
import { transportLifecycle } from './support/transport-lifecycle-suite.js';
import { transportBehaviour } from './support/transport-suite.js';

describe('HttpClient on the fetch transport (neutral build, globalThis.fetch)', () => {
  transportBehaviour((config) => new HttpClient({ fetch: globalThis.fetch, ...config }));
  transportLifecycle((config) => new HttpClient({ fetch: globalThis.fetch, ...config }));
  reviewedDefects((config) => new HttpClient({ fetch: globalThis.fetch, ...config }));
});

describe('HttpClient on the fetch transport picked by default in the neutral build', () => {
  transportBehaviour((config) => new HttpClient(config));
  transportLifecycle((config) => new HttpClient(config));
});
