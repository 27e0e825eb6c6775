import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { installedRuntime } from '../src/index.js';

describe('the installed runtimes', () => {
  it.each(['node22', 'node24', 'deno', 'bun'] as const)(
    '%s is an executable reporting its package version',
    (name) => {
      const runtime = installedRuntime(name);
      expect(execFileSync(runtime.executable, ['--version'], { encoding: 'utf8' })).toContain(
        runtime.version,
      );
    },
  );

  it('workerd is an executable', () => {
    expect(execFileSync(installedRuntime('workerd').executable, ['--version'], { encoding: 'utf8' })).toMatch(
      /^workerd /,
    );
  });
});
