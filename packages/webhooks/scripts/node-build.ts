/**
 * The node:crypto build is src/index.ts compiled a second time with its crypto backend swapped, not a
 * second source file. src/node.ts says `export * from './index.js'`; the plugins below resolve that one
 * import to a separate copy of index.ts in which `./internal/web-backend.js` means
 * `./internal/node-backend.js`. Every other module stays shared, so both entries use one
 * `WebhookVerificationError` and one set of chunks.
 *
 * tsup builds dist/ with the esbuild plugin; vitest runs the tests with the Vite plugin, so the tests
 * exercise both builds from source as well.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vitest/config';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The node build's entry, whose only import is the shared source. */
const NODE_ENTRY = `${src}node.ts`;
/** The one source of both builds. */
const SHARED_SOURCE = `${src}index.ts`;
/** The import in {@link SHARED_SOURCE} that differs between the builds, as it is written there. */
const WEB_BACKEND_IMPORT = './internal/web-backend.js';
/** What that import means in the node build. */
const NODE_BACKEND = `${src}internal/node-backend.ts`;

const NAME = 'webhooks-node-build';

/** For tsup: builds src/node.ts as the node:crypto copy of src/index.ts. */
export function nodeBuildEsbuildPlugin(): EsbuildPlugin {
  // esbuild keys modules by path and suffix, so a suffix gives index.ts a second instance. Imports do
  // not see their importer's suffix, only the pluginData its onLoad returned: that marks the copy.
  const pluginData = { [NAME]: true };
  const inCopy = (args: { pluginData?: unknown }) =>
    (args.pluginData as Record<string, unknown> | undefined)?.[NAME] === true;
  return {
    name: NAME,
    setup(build) {
      build.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
        args.importer === NODE_ENTRY ? { path: SHARED_SOURCE, suffix: `?${NAME}`, pluginData } : undefined,
      );
      build.onLoad({ filter: /index\.ts$/ }, async (args) =>
        inCopy(args) ? { contents: await readFile(args.path, 'utf8'), loader: 'ts', pluginData } : undefined,
      );
      build.onResolve({ filter: /^\.\/internal\/web-backend\.js$/ }, (args) =>
        inCopy(args) ? { path: NODE_BACKEND } : undefined,
      );
    },
  };
}

/** For vitest: the same swap, so `import … from '../src/node.js'` in a test is the node:crypto build. */
export function nodeBuildVitePlugin(): VitePlugin {
  // Vite keys modules by id: a query gives index.ts a second instance, loaded from the same file.
  const copy = `${SHARED_SOURCE}?${NAME}`;
  return {
    name: NAME,
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './index.js' && importer === NODE_ENTRY) return copy;
      if (source === WEB_BACKEND_IMPORT && importer === copy) return NODE_BACKEND;
      return null;
    },
  };
}
