import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'pebblepay',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
