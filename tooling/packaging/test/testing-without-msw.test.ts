import { cp, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/run-command.js';
import { compileCommonJsApp } from './compile-commonjs-app.js';

// msw is an optional peer of @ummah/testing: a CommonJS TypeScript app that uses only the server
// entry (or the in-process fetch) must compile and run without msw installed, and with it (msw's own
// declarations do not compile in CommonJS, so ours must not refer to them). The built package is
// copied as published (`package.json` and `dist/`, `pnpm build` runs before the tests), not linked,
// so that msw cannot be found through the workspace's node_modules.
const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = resolve(here, '..', '..', '..', 'packages');
const testingDir = join(packagesDir, 'testing');

const APP = `import { startMockServer, type MockServer } from '@ummah/testing/server';
import testing = require('@ummah/testing');

export async function serve(): Promise<MockServer> {
  const server = await startMockServer({ port: 0 });
  server.gateway.faults.next({ status: 503 });
  return server;
}
export const gateway = testing.createMockGateway();
export const fetchInProcess: typeof fetch = gateway.fetch;
`;

const RUN = `const { startMockServer } = require('@ummah/testing/server');
const { createMockGateway } = require('@ummah/testing');
(async () => {
  const server = await startMockServer({ port: 0 });
  const served = await fetch(server.url + '/purchases/00000000-0000-4000-8000-000000000000/', { headers: { authorization: 'Bearer sk_test_x' } });
  await server.close();
  const gateway = createMockGateway();
  const inProcess = await gateway.fetch(gateway.baseURL + '/purchases/00000000-0000-4000-8000-000000000000/', { headers: { authorization: 'Bearer sk_test_x' } });
  let handlers;
  try { handlers = gateway.handlers.length; } catch (error) { handlers = error.message; }
  console.log(JSON.stringify({ served: served.status, inProcess: inProcess.status, handlers }));
})();
`;

let app: string;

async function linkPackage(from: string, name: string): Promise<void> {
  const target = join(app, 'node_modules', name);
  await mkdir(dirname(target), { recursive: true });
  await symlink(await realpath(from), target, 'dir');
}

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ummah-cjs-testing-'));
  const installed = join(app, 'node_modules', '@ummah', 'testing');
  await mkdir(installed, { recursive: true });
  await cp(join(testingDir, 'package.json'), join(installed, 'package.json'));
  await cp(join(testingDir, 'dist'), join(installed, 'dist'), { recursive: true });
  // Its dependencies, as an install would put them beside it; msw is left out.
  for (const name of ['core', 'webhooks']) await linkPackage(join(packagesDir, name), `@ummah/${name}`);
  await linkPackage(join(testingDir, 'node_modules', 'zod'), 'zod');
  await writeFile(join(app, 'package.json'), '{ "name": "cjs-testing-app", "private": true }\n');
  await writeFile(join(app, 'app.ts'), APP);
  await writeFile(join(app, 'run.cjs'), RUN);
});

afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

async function run(): Promise<{ served: number; inProcess: number; handlers: number | string }> {
  // Without NODE_PATH, which `pnpm exec` points at the workspace's hoisted packages (msw among them).
  const result = await runCommand(process.execPath, ['run.cjs'], { cwd: app, env: { NODE_PATH: '' } });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { served: number; inProcess: number; handlers: number | string };
}

describe('a CommonJS TypeScript app using @ummah/testing', () => {
  describe('without msw installed', () => {
    it.each(['node16', 'nodenext'] as const)(
      'type-checks @ummah/testing/server and the in-process fetch with module %s',
      async (module) => {
        expect(await compileCommonJsApp(app, { module, esModuleInterop: true })).toBe('');
      },
    );

    it('runs the server and the in-process fetch, and says to install msw when handlers are read', async () => {
      const result = await run();
      // Both answer as the gateway does: an unknown purchase is a 404.
      expect(result).toMatchObject({ served: 404, inProcess: 404 });
      expect(result.handlers).toContain('npm i -D msw');
    });
  });

  describe('with msw installed', () => {
    beforeAll(async () => {
      await linkPackage(join(testingDir, 'node_modules', 'msw'), 'msw');
    });

    it.each(['node16', 'nodenext'] as const)(
      'type-checks @ummah/testing/server and the in-process fetch with module %s',
      async (module) => {
        expect(await compileCommonJsApp(app, { module, esModuleInterop: true })).toBe('');
      },
    );

    it('hands out msw handlers', async () => {
      expect((await run()).handlers).toBe(1);
    });
  });
});
