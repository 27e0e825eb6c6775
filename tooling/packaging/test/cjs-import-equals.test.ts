import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCommonJsApp } from './compile-commonjs-app.js';

// A CommonJS TypeScript app that writes `import Ummah = require('@ummah/payments')`, compiled against
// the built package (`pnpm build` runs before the tests): what `require()` returns must be the class.
const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = resolve(here, '..', '..', '..', 'packages');

const APP = `import Ummah = require('@ummah/payments');

const ummah: Ummah = new Ummah('sk_test_x');
const named: Ummah.Ummah = new Ummah.Ummah('sk_test_x');
const viaDefault = new Ummah.default('sk_test_x');
export function describeError(error: unknown): string {
  return error instanceof Ummah.APIError ? error.code : Ummah.isAPIError(error) ? 'api' : 'other';
}
export const purchase: Ummah.Purchase | undefined = undefined;
export const clients = [ummah, named, viaDefault].map((client) => client.purchases);
`;

let app: string;

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ummah-cjs-app-'));
  await mkdir(join(app, 'node_modules', '@ummah'), { recursive: true });
  for (const name of ['payments', 'core']) {
    await symlink(join(packagesDir, name), join(app, 'node_modules', '@ummah', name), 'dir');
  }
  await writeFile(join(app, 'package.json'), '{ "name": "cjs-app", "private": true }\n');
  await writeFile(join(app, 'app.ts'), APP);
});

afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

describe('a CommonJS TypeScript app', () => {
  it.each([
    ['node16', true],
    ['node16', false],
    ['nodenext', true],
  ] as const)(
    'type-checks import Ummah = require("@ummah/payments") and new Ummah(key) with module %s, esModuleInterop %s',
    async (module, esModuleInterop) => {
      expect(await compileCommonJsApp(app, { module, esModuleInterop })).toBe('');
    },
    60_000,
  );
});
