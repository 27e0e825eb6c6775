import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-deno',
    include: ['test/**/*.test.ts'],
  },
});
