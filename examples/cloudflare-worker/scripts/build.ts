// `pnpm build`: bundles the Worker into dist/worker.js for workerd.capnp.
import { bundleWorker, WORKER_BUNDLE } from './bundle.js';

const bytes = await bundleWorker();
console.log(`Bundled ${WORKER_BUNDLE} (${(bytes / 1024).toFixed(1)} KiB)`);
