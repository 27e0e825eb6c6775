import { createPublicKey } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Both builds come from src/index.ts: the node:crypto one is that file with its backend swapped
// (scripts/node-build.ts). These tests prove the swap happened, in the tests' own source imports and
// in the built dist/.
type Api = typeof import('../src/index.js');
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = (entry: string) => `${packageDir}dist/${entry}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each([
  ['from source', () => import('../src/index.js'), () => import('../src/node.js')],
  [
    'from dist/',
    () => import(dist('index.js')) as Promise<Api>,
    () => import(dist('node.js')) as Promise<Api>,
  ],
] as const)('the two builds %s', (_label, loadWeb, loadNode) => {
  it('the node build verifies with node:crypto alone, where the WebCrypto build needs crypto.subtle', async () => {
    const [web, node] = await Promise.all([loadWeb(), loadNode()]);
    const secret = `builds-${Math.random()}`;
    const { body, headers } = await node.signWebhook({ scheme: 'plexos', payload: '{"id":"e1"}', secret });
    vi.stubGlobal('crypto', undefined);
    const options = { scheme: 'plexos', payload: body, headers, secret } as const;
    await expect(node.verifyWebhook(options)).resolves.toEqual({ id: 'e1' });
    await expect(web.verifyWebhook(options)).rejects.toMatchObject({ code: 'CRYPTO_UNAVAILABLE' });
  });

  it('the node build takes a node:crypto KeyObject as the public key, which WebCrypto cannot import', async () => {
    const [web, node] = await Promise.all([loadWeb(), loadNode()]);
    const keys = await node.generateTestKeyPair();
    const { body, headers } = await node.signWebhook({ payload: '{"id":"p1"}', privateKey: keys.privateKey });
    const publicKey = createPublicKey(keys.publicKey) as unknown as string;
    await expect(node.verifyWebhook({ payload: body, headers, publicKey })).resolves.toEqual({ id: 'p1' });
    await expect(web.verifyWebhook({ payload: body, headers, publicKey })).rejects.toMatchObject({
      code: 'KEY_IMPORT_FAILED',
    });
  });
});

/** The modules a built entry imports from outside the package, all chunks followed. */
async function outsideImports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [dist(entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  return [...new Set(imports.filter((i) => i.external).map((i) => i.path))];
}

describe('the built entries', () => {
  it('import node:crypto in the node build and nothing from outside in the WebCrypto build', async () => {
    expect(await outsideImports('index.js')).toEqual([]);
    expect((await outsideImports('node.js')).map((path) => path.replace(/^node:/, ''))).toEqual(['crypto']);
    expect(await outsideImports('redis.js')).toEqual([]);
  });

  it.each([
    ['index', ['createWebhookHandler', 'createMemoryReplayStore', 'verifyWebhook']],
    ['node', ['createWebhookHandler', 'createMemoryReplayStore', 'verifyWebhook']],
    ['express', ['createWebhookHandler', 'webhookMiddleware', 'WebhookVerificationError']],
    ['redis', ['createRedisReplayStore']],
  ])('dist/%s exports the exactly-once names in ESM and CommonJS alike', async (entry, names) => {
    const esm = (await import(dist(`${entry}.js`))) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(dist(`${entry}.cjs`)) as Record<string, unknown>;
    for (const name of names) {
      expect([name, typeof esm[name], typeof cjs[name]]).toEqual([name, 'function', 'function']);
    }
  });
});
