import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-plumaas-flow',
    include: ['test/**/*.test.ts'],
  },
});
