import { defineConfig } from 'tsup';

// Two builds of the same API, chosen by export conditions (see package.json):
// - `index`: runtime-neutral, fetch transport, imports nothing from Node (Deno, Bun, Workers, browsers);
// - `node`: the same API with Node's http/https as the default transport (undici on demand);
// and `errors`, the error classes and guards SDKs built on core re-export (`@ummah/core/errors`).
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/index.node.ts', errors: 'src/errors/index.ts' },
  format: ['esm', 'cjs'],
  // Shared code goes to chunks in CommonJS too, so `@ummah/core/errors` and `@ummah/core` hand out
  // the same classes and `instanceof` holds whichever entry an error class was imported from.
  splitting: true,
  treeshake: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['undici'],
});
