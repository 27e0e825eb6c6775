import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests load the built package (`pnpm build` runs before the tests in CI) the way an app
// does: by its name, through the `exports` map.

const requireFromPackage = createRequire(new URL('../package.json', import.meta.url));

interface UmmahInstance {
  baseURL: string;
  purchases: { retrieve(id: string): Promise<unknown> };
}
type UmmahConstructor = new (key?: string, options?: { baseURL?: string }) => UmmahInstance;

describe('the CommonJS build', { timeout: 30_000 }, () => {
  let gateway: RecordingServer;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1', handler: () => ({ body: fx.paidPurchase }) });
  });
  afterAll(() => gateway.close());

  it('makes require("@ummah/payments") the Ummah class itself', () => {
    const Ummah = requireFromPackage('@ummah/payments') as UmmahConstructor & Record<string, unknown>;
    expect(typeof Ummah).toBe('function');
    expect(new Ummah('sk_test_cjs').baseURL).toBe('https://gate.ummah.com/api/v1');
  });

  it('also offers .default, .Ummah and the named exports on it', () => {
    const Ummah = requireFromPackage('@ummah/payments') as UmmahConstructor & Record<string, unknown>;
    expect(Ummah.default).toBe(Ummah);
    expect(Ummah.Ummah).toBe(Ummah);
    expect(typeof Ummah.APIError).toBe('function');
    expect(typeof Ummah.RequestValidationError).toBe('function');
    expect(Ummah.VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(Ummah.API_VERSION).toMatch(/^\d+\.\d+/);
  });

  it('sends real requests from a CommonJS app', async () => {
    const Ummah = requireFromPackage('@ummah/payments') as UmmahConstructor;
    const ummah = new Ummah('sk_test_cjs', { baseURL: gateway.baseURL });
    await expect(ummah.purchases.retrieve('pur_1')).resolves.toEqual(fx.paidPurchase);
    expect(gateway.requests.at(-1)?.headers.authorization).toBe('Bearer sk_test_cjs');
  });

  it('exposes the Node helpers at @ummah/payments/node', () => {
    const node = requireFromPackage('@ummah/payments/node') as Record<string, unknown>;
    expect(typeof node.writeStatementToFile).toBe('function');
  });
});

describe('the ESM build', () => {
  it('exports the class as default and as Ummah', async () => {
    const mod = (await import('@ummah/payments')) as { default: unknown; Ummah: unknown };
    expect(typeof mod.default).toBe('function');
    expect(mod.default).toBe(mod.Ummah);
  }, 30_000);
});

describe('the runtime-neutral entry', () => {
  it.each(['../dist/index.js', '../dist/index.cjs'])(
    '%s imports no Node built-in and uses no Buffer',
    async (file) => {
      const code = await readFile(new URL(file, import.meta.url), 'utf8');
      expect(code).not.toMatch(
        /from\s*["']node:|require\(["']node:|from\s*["'](fs|path|stream|http|https|crypto|os)["']/,
      );
      expect(code).not.toMatch(/\bBuffer\./);
    },
  );
});
