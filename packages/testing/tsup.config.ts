import { defineConfig } from 'tsup';

export default defineConfig({
  // `server` and `cli` use node:http; `index` stays runtime-neutral (fetch, WebCrypto, msw);
  // `index.worker` is the same without msw, for the Workers export conditions.
  entry: {
    index: 'src/index.ts',
    'index.worker': 'src/index.worker.ts',
    server: 'src/server.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  // The generated API module lives in the private @ummah/schema package: its code and its types
  // are inlined here (tsconfig `paths` points declarations at its sources), so the published
  // tarball depends on nothing unpublished.
  noExternal: [/^@ummah\/schema(\/|$)/],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Keep `node:http` as written: Deno and Bun resolve only the prefixed builtin names reliably.
  removeNodeProtocol: false,
});
