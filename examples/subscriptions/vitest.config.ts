import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-subscriptions',
    include: ['test/**/*.test.ts'],
  },
});
