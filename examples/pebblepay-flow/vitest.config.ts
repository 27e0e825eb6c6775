import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-pebblepay-flow',
    include: ['test/**/*.test.ts'],
  },
});
