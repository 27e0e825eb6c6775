import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-bun',
    include: ['test/**/*.test.ts'],
  },
});
