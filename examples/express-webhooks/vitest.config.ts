import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-express-webhooks',
    include: ['test/**/*.test.ts'],
  },
});
