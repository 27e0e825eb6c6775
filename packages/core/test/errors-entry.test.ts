import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built package, loaded by name the way an SDK built on core loads it (`pnpm build` first).
const requireFromPackage = createRequire(new URL('../package.json', import.meta.url));

describe('the @ummah/core/errors entry', () => {
  it('hands out the very classes and guards of @ummah/core under CommonJS', () => {
    const core = requireFromPackage('@ummah/core') as Record<string, unknown>;
    const errors = requireFromPackage('@ummah/core/errors') as Record<string, unknown>;
    expect(Object.keys(errors).length).toBeGreaterThanOrEqual(32);
    for (const [name, value] of Object.entries(errors)) expect(core[name], name).toBe(value);
  });

  it('hands out the very classes and guards of @ummah/core under ESM', async () => {
    const core = (await import('@ummah/core')) as Record<string, unknown>;
    const errors = (await import('@ummah/core/errors')) as Record<string, unknown>;
    for (const [name, value] of Object.entries(errors)) expect(core[name], name).toBe(value);
    expect(errors.HttpClient).toBeUndefined();
  });
});
