import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plumaas',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
