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
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Keep `node:http` as written: Deno and Bun resolve only the prefixed builtin names reliably.
  removeNodeProtocol: false,
});
