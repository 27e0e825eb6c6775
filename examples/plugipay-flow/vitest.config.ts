import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-plugipay-flow',
    include: ['test/**/*.test.ts'],
  },
});
