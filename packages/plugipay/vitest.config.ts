import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plugipay',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
