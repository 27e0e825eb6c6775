import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'packaging',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Packing four packages, one `npm install` from the registry and the size bundles run once per
    // suite in `beforeAll`; on a cold 2-core CI machine that can take a minute or more.
    hookTimeout: 240_000,
    testTimeout: 60_000,
  },
});
