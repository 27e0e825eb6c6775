import { defineConfig } from 'tsup';
import { LIBRARY_BUILD } from '../../tooling/build/tsup-library.js';

export default defineConfig({
  // `server` and `cli` use node:http; `index` stays runtime-neutral (fetch, WebCrypto, msw);
  // `index.worker` is the same without msw, for the Workers export conditions.
  entry: {
    index: 'src/index.ts',
    'index.worker': 'src/index.worker.ts',
    server: 'src/server.ts',
    cli: 'src/cli.ts',
  },
  // The generated API module of the private @ummah/schema package is inlined, like every package's.
  ...LIBRARY_BUILD,
  // Keep `node:http` as written: Deno and Bun resolve only the prefixed builtin names reliably.
  removeNodeProtocol: false,
});
