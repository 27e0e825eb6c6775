import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Where `pnpm build` writes the bundle; `workerd.capnp` embeds it from there. */
export const WORKER_BUNDLE = fileURLToPath(new URL('../dist/worker.js', import.meta.url));

/**
 * Bundles src/worker.ts into one ES module as Wrangler would: the `workerd`/`worker`/`browser` export
 * conditions select the WebCrypto build of @ummah/webhooks.
 *
 * @returns the bundle's size in bytes
 */
export async function bundleWorker(outfile: string = WORKER_BUNDLE): Promise<number> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../src/worker.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    outfile,
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}
