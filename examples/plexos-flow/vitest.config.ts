import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-plexos-flow',
    include: ['test/**/*.test.ts'],
  },
});
