import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A free loopback port (the OS picks it; workerd takes an address, not a port-0 socket). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForResponse(url: string, child: ChildProcess, log: () => string): Promise<Response> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}): ${log()}`);
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`workerd did not answer: ${log()}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * {@link serveOnce}, retried when workerd could not bind: the free port is found by closing a listener,
 * so another process may take it before workerd starts.
 */
export async function runOnWorkerd(workerdBinary: string): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOnce(workerdBinary);
    } catch (error) {
      if (attempt === 3 || !String((error as Error).message).startsWith('workerd exited')) throw error;
    }
  }
}

/**
 * Bundle the test worker (edge build of dist/ with worker/browser conditions, the vectors and the
 * runner), serve it with workerd on loopback, fetch the results once, and stop workerd.
 */
async function serveOnce(workerdBinary: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'ummah-webhooks-workerd-'));
  let child: ChildProcess | undefined;
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
    const port = await freePort();
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-01-01",
);
`,
    );
    let output = '';
    child = spawn(workerdBinary, ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    const response = await waitForResponse(`http://127.0.0.1:${port}/`, child, () => output);
    return await response.json();
  } finally {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
