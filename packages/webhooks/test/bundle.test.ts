import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureEdgeBundle, SIZE_BUDGET } from '../scripts/size-lib.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// A throwaway node_modules that links the package under its own name, so esbuild resolves
// `@ummah/webhooks` through the real `exports` map, as an application's bundler would.
let modules = '';
beforeAll(() => {
  modules = join(mkdtempSync(join(tmpdir(), 'ummah-webhooks-exports-')), 'node_modules');
  mkdirSync(join(modules, '@ummah'), { recursive: true });
  symlinkSync(packageDir, join(modules, '@ummah', 'webhooks'), 'dir');
});
afterAll(() => rmSync(dirname(modules), { recursive: true, force: true }));

/** Which dist file a bundler picks for `@ummah/webhooks` (or a subpath) under the given conditions. */
async function resolvedEntry(
  conditions: string[],
  platform: 'node' | 'browser' | 'neutral',
  specifier = '@ummah/webhooks',
): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: tmpdir(), loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform,
    conditions,
    external: ['node:*'],
    nodePaths: [modules],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((file) => /dist\/(index|node|redis)\.js$/.test(file));
}

describe('edge bundle', () => {
  it(`keeps verifyWebhook for Workers within ${SIZE_BUDGET} bytes gzipped`, async () => {
    const { gzipped } = await measureEdgeBundle();
    expect(gzipped).toBeLessThanOrEqual(SIZE_BUDGET);
  });

  it('leaves the exactly-once handler and the Redis store out', async () => {
    const { code } = await measureEdgeBundle();
    for (const marker of ['acquire', 'LEASE_EXPIRED', 'EVALSHA', 'randomUUID', 'sha256:']) {
      expect(code).not.toContain(marker);
    }
  });

  it('contains no Buffer and no node: imports', async () => {
    const { code } = await measureEdgeBundle();
    expect(code).not.toMatch(/\bBuffer\.(from|alloc|concat|isBuffer|byteLength)\b|new Buffer\b/);
    expect(code).not.toContain('node:');
  });
});

describe('export conditions', () => {
  it('resolve to the WebCrypto build for workers and browsers, and node:crypto for node', async () => {
    expect(await resolvedEntry(['workerd', 'worker', 'browser'], 'browser')).toEqual([
      expect.stringMatching(/dist\/index\.js$/),
    ]);
    expect(await resolvedEntry(['edge-light'], 'neutral')).toEqual([
      expect.stringMatching(/dist\/index\.js$/),
    ]);
    expect(await resolvedEntry([], 'node')).toEqual([expect.stringMatching(/dist\/node\.js$/)]);
  });

  it('resolve @ummah/webhooks/redis to its own entry for Node and for workers', async () => {
    for (const [conditions, platform] of [
      [[], 'node'],
      [['worker', 'browser'], 'browser'],
    ] as const) {
      expect(await resolvedEntry([...conditions], platform, '@ummah/webhooks/redis')).toEqual([
        expect.stringMatching(/dist\/redis\.js$/),
      ]);
    }
  });
});

describe('built entry points', () => {
  it('share one WebhookVerificationError between the main and express entries, in ESM and CJS', async () => {
    const require = createRequire(import.meta.url);
    const cjsMain = require('../dist/node.cjs') as typeof import('../src/node.js');
    const cjsExpress = require('../dist/express.cjs') as typeof import('../src/express.js');
    expect(cjsExpress.WebhookVerificationError).toBe(cjsMain.WebhookVerificationError);
    const esmMain = (await import(`${packageDir}dist/node.js`)) as typeof import('../src/node.js');
    const esmExpress = (await import(`${packageDir}dist/express.js`)) as typeof import('../src/express.js');
    expect(esmExpress.WebhookVerificationError).toBe(esmMain.WebhookVerificationError);
  });
});
