import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'runtime-matrix',
    include: ['test/**/*.test.ts'],
    // Builds the packages when dist/ is missing (a bare `vitest run` on a fresh checkout).
    globalSetup: ['./src/harness/global-setup.ts'],
    // Each suite compiles the scenarios and starts six runtimes side by side: a few seconds, more
    // on a loaded 2-core CI machine.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
