import { defineConfig } from 'tsup';

// Two builds of the same API, chosen by export conditions (see package.json):
// - `index`: runtime-neutral, fetch transport, imports nothing from Node (Deno, Bun, Workers, browsers);
// - `node`: the same API with undici as the default transport.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/index.node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['undici'],
});
