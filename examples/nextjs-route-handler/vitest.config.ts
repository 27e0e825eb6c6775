import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-nextjs-route-handler',
    include: ['test/**/*.test.ts'],
  },
});
