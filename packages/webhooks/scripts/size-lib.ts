import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Gzip budget for the edge bundle of `verifyWebhook`, in bytes. */
export const SIZE_BUDGET = 4096;

/**
 * Bundle `import { verifyWebhook } from '@ummah/webhooks'` as a Worker would (built `dist/`, worker and
 * browser conditions, minified) and measure it.
 */
export async function measureEdgeBundle(): Promise<{ minified: number; gzipped: number; code: string }> {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  const result = await build({
    stdin: {
      contents: "export { verifyWebhook } from './dist/index.js';",
      resolveDir: packageDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length, code };
}
