import { defineConfig } from 'tsup';
import { LIBRARY_BUILD } from '../../tooling/build/tsup-library.js';
import { nodeBuildEsbuildPlugin } from './scripts/node-build.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/express.ts', 'src/redis.ts', 'src/keys.ts'],
  // The event names come from the private @ummah/schema package, inlined like every package's.
  ...LIBRARY_BUILD,
  // Shared chunks in CJS too: `@ummah/webhooks` and `@ummah/webhooks/express` must share one
  // WebhookVerificationError class, or `instanceof` fails across them.
  splitting: true,
  // dist/node.* is src/index.ts with the node:crypto backend (see scripts/node-build.ts).
  esbuildPlugins: [nodeBuildEsbuildPlugin()],
});
