import { defineProject } from 'vitest/config';
import { nodeBuildVitePlugin } from './scripts/node-build.js';

export default defineProject({
  // `src/node.ts` is src/index.ts with the node:crypto backend, as in the build (scripts/node-build.ts).
  plugins: [nodeBuildVitePlugin()],
  test: {
    name: 'webhooks',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
