import { defineConfig } from 'tsup';
import { nodeBuildEsbuildPlugin } from './scripts/node-build.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/express.ts', 'src/redis.ts'],
  format: ['esm', 'cjs'],
  // The event names come from the private @ummah/schema package: its code and its types are inlined
  // here (tsconfig `paths` points declarations at its sources), so the published tarball depends on
  // nothing unpublished.
  noExternal: [/^@ummah\/schema(\/|$)/],
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
