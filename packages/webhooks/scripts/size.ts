/**
 * Prints the gzip size of what an edge app pays for `verifyWebhook`: an esbuild bundle with the
 * worker/browser conditions, minified. Budget: 4096 bytes.
 *
 *   pnpm --filter @ummah/webhooks size
 */
import { measureEdgeBundle, SIZE_BUDGET } from './size-lib.js';

const { minified, gzipped } = await measureEdgeBundle();
console.log(`verifyWebhook edge bundle: ${minified} B minified, ${gzipped} B gzip (budget ${SIZE_BUDGET} B)`);
if (gzipped > SIZE_BUDGET) {
  console.error('over budget');
  process.exitCode = 1;
}
