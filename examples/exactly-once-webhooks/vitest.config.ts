import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-exactly-once-webhooks',
    include: ['test/**/*.test.ts'],
  },
});
