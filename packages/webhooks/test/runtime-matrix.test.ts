import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { installedRuntime, MACHINE_NODE } from '@ummah/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ConformanceVector, expectedResults } from './runtime/conformance-core.mjs';
import { expectedHandlerResults } from './runtime/handler-core.mjs';
import { runOnWorkerd } from './runtime/workerd.js';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const vectorsPath = `${packageDir}vectors/conformance.json`;
const builds = [`${packageDir}dist/index.js`, `${packageDir}dist/node.js`];
const runner = `${packageDir}test/runtime/run-conformance.mjs`;
const { vectors } = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { vectors: ConformanceVector[] };
const expected = { vectors: expectedResults(vectors), handler: expectedHandlerResults };

const cli: Array<[name: string, command: string, args: string[]]> = [
  [`Node ${MACHINE_NODE.version} (the machine's node)`, MACHINE_NODE.executable, []],
  ['Node 22', installedRuntime('node22').executable, []],
  ['Node 24', installedRuntime('node24').executable, []],
  ['Deno', installedRuntime('deno').executable, ['run', '--allow-read', '--no-config', '--no-lock']],
  ['Bun', installedRuntime('bun').executable, []],
];

beforeAll(() => {
  // `pnpm test` builds first; a bare `vitest run` on a fresh checkout builds here.
  if (!builds.every((file) => existsSync(file)))
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' });
}, 60_000);

describe('the conformance vectors and the exactly-once handler on every runtime, from the built dist/', () => {
  it.concurrent.each(cli)(
    '%s gives every vector its expected outcome, and runs the handler through its states, with both builds',
    async (_name, command, args) => {
      const { stdout } = await run(command, [...args, runner, vectorsPath, ...builds], {
        cwd: packageDir,
        maxBuffer: 64 * 1024 * 1024,
      });
      const results = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(results)).toEqual(builds);
      for (const build of builds) expect(results[build]).toEqual(expected);
    },
    60_000,
  );

  it('workerd gives every vector its expected outcome, and runs the handler, with the edge build', async () => {
    expect(await runOnWorkerd()).toEqual(expected);
  }, 60_000);
});
