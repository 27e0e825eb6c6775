import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorkerd, type WorkerdProcess } from '@ummah/test-support';
import { build } from 'esbuild';

/**
 * Bundle the test worker (edge build of dist/ with worker/browser conditions, the vectors and the
 * runner), serve it with workerd on loopback, fetch the results once, and stop workerd.
 */
export async function runOnWorkerd(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'ummah-webhooks-workerd-'));
  let workerd: WorkerdProcess | undefined;
  try {
    await build({
      entryPoints: [fileURLToPath(new URL('./worker.mjs', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['worker', 'browser'],
      outfile: join(dir, 'worker.js'),
      logLevel: 'silent',
    });
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
);
`,
    );
    workerd = await startWorkerd(join(dir, 'config.capnp'), { sockets: ['http'] });
    const response = await fetch(`${workerd.url('http')}/`);
    return await response.json();
  } finally {
    await workerd?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
