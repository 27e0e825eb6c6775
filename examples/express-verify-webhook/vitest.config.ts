import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-express-verify-webhook',
    include: ['test/**/*.test.ts'],
  },
});
