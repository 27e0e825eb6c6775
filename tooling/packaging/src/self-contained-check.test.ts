import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSelfContained } from './self-contained-check.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function packageWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'self-contained-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const manifest = { name: '@ummah/payments', version: '0.0.0' };

describe('checkSelfContained', () => {
  it('accepts a build that inlined the private module', async () => {
    const dir = await packageWith({
      'dist/index.js': "import { z } from 'zod';\nconst routes = { 'purchases.create': {} };\n",
      'dist/index.d.ts': 'interface Purchase { id: string }\n',
    });
    expect(await checkSelfContained(manifest, dir, ['@ummah/schema'])).toEqual([]);
  });

  it('names each built file that still imports a private package, in code or declarations', async () => {
    const dir = await packageWith({
      'dist/index.js': "import { routes } from '@ummah/schema/ummah/routes';\n",
      'dist/index.cjs': 'const schema = require("@ummah/schema");\n',
      'dist/types/index.d.ts': "export * from '@ummah/schema/ummah/types';\n",
      'dist/readme.txt': "from '@ummah/schema'",
    });
    const messages = (await checkSelfContained(manifest, dir, ['@ummah/schema']))
      .map((f) => f.message)
      .sort();
    expect(messages).toEqual([
      'dist/index.cjs imports @ummah/schema',
      'dist/index.js imports @ummah/schema',
      'dist/types/index.d.ts imports @ummah/schema',
    ]);
  });

  it('refuses a manifest that depends on a private package at install time', async () => {
    const dir = await packageWith({ 'dist/index.js': '' });
    const findings = await checkSelfContained(
      {
        ...manifest,
        dependencies: { '@ummah/schema': 'workspace:*' },
        devDependencies: { '@ummah/test-support': '*' },
      },
      dir,
      ['@ummah/schema', '@ummah/test-support'],
    );
    expect(findings.map((f) => f.message)).toEqual([
      '"dependencies" names the private package @ummah/schema',
    ]);
  });

  it('does not mistake a package whose name merely starts the same for a private one', async () => {
    const dir = await packageWith({ 'dist/index.js': "import x from '@ummah/schema-tools';\n" });
    expect(await checkSelfContained(manifest, dir, ['@ummah/schema'])).toEqual([]);
  });
});
