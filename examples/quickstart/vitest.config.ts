import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-quickstart',
    include: ['test/**/*.test.ts'],
    // The demo starts two servers in a child process; give it room on a busy 2-core CI machine.
    testTimeout: 60_000,
  },
});
