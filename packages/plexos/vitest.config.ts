import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plexos',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
