import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-testing-with-msw',
    include: ['test/**/*.test.ts'],
  },
});
