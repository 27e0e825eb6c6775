import { defineConfig } from 'tsup';
import { nodeBuildEsbuildPlugin } from './scripts/node-build.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/express.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Shared chunks in CJS too: `@ummah/webhooks` and `@ummah/webhooks/express` must share one
  // WebhookVerificationError class, or `instanceof` fails across them.
  splitting: true,
  // dist/node.* is src/index.ts with the node:crypto backend (see scripts/node-build.ts).
  esbuildPlugins: [nodeBuildEsbuildPlugin()],
});
