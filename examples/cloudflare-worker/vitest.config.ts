import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-cloudflare-worker',
    include: ['test/**/*.test.ts'],
  },
});
