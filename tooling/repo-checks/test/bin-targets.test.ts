import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/outside-paths.js';

// `pnpm install` links each workspace package's `bin` before anything is built; a command that
// points into `dist/` makes it print "Failed to create bin" once per dependent project.
const bins = readdirSync(join(REPO_ROOT, 'packages')).flatMap((dir) => {
  const manifestPath = join(REPO_ROOT, 'packages', dir, 'package.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name: string;
    bin?: string | Record<string, string>;
    files?: string[];
  };
  const entries = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  return Object.entries(entries).map(([command, target]) => ({
    dir,
    command,
    target,
    files: manifest.files ?? [],
  }));
});

describe('the commands the packages install', () => {
  it('include ummah-mock', () => {
    expect(bins.map((bin) => bin.command)).toContain('ummah-mock');
  });

  it.each(bins)(
    '$command points at a committed file outside dist/, shipped in the package',
    ({ dir, target, files }) => {
      const relativeTarget = target.replace(/^\.\//, '');
      expect(relativeTarget.startsWith('dist/')).toBe(false);
      expect(existsSync(join(REPO_ROOT, 'packages', dir, relativeTarget))).toBe(true);
      expect(files.some((entry) => relativeTarget === entry || relativeTarget.startsWith(`${entry}/`))).toBe(
        true,
      );
    },
  );
});
