import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'test-support',
    include: ['test/**/*.test.ts'],
    // workerd and Bun start in well under a second, more on a loaded 2-core CI machine.
    testTimeout: 30_000,
  },
});
