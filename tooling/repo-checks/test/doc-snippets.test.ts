import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/outside-paths.js';

// The snippet check of `pnpm docs:check` (docs/tooling/check-snippets.mjs) type-checks the ```ts
// blocks of the guides and of every README against the built packages (`pnpm build` runs first).
// Here it runs on fixture READMEs: one whose snippet calls a method that does not exist.
const checker = join(REPO_ROOT, 'docs', 'tooling', 'check-snippets.mjs');
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function check(...files: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [checker, ...files],
      { cwd: REPO_ROOT, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ exitCode: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

describe('the README snippet check', () => {
  it('fails on a README whose snippet does not compile, naming the file and line', async () => {
    const run = await check(fixture('readme-with-broken-snippet.md'));
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /tooling\/repo-checks\/test\/fixtures\/readme-with-broken-snippet\.md:22: Property 'retreive' does not exist/,
    );
    // The first snippet, which uses the page's snippet-context, is not reported.
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain('2 snippets checked, 1 problem(s).');
  }, 120_000);

  it('passes a README whose snippets compile, a snippet’s own definitions taking precedence over the context', async () => {
    const run = await check(fixture('readme-with-good-snippets.md'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2 snippets checked, 0 problem(s).');
    expect(run.exitCode).toBe(0);
  }, 120_000);
});
