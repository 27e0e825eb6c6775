import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-preauth-capture',
    include: ['test/**/*.test.ts'],
  },
});
