import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Compares generated files with what is on disk under `repoRoot` and, unless `check` is set,
 * makes the disk match: writes changed or missing files and deletes files in `outputDirs` that the
 * generator no longer emits (those directories belong to it).
 *
 * @returns one line per difference, e.g. `stale: packages/schema/ummah/types.ts`;
 * empty when everything is up to date.
 */
export function syncGeneratedFiles(
  files: Map<string, string>,
  outputDirs: readonly string[],
  repoRoot: string,
  check: boolean,
): string[] {
  const differences: string[] = [];
  for (const [rel, content] of files) {
    const abs = join(repoRoot, rel);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === content) continue;
    differences.push(`${current === undefined ? 'missing' : 'stale'}: ${rel}`);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  for (const dir of outputDirs) {
    const abs = join(repoRoot, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs).sort()) {
      const rel = `${dir}/${entry}`;
      if (files.has(rel)) continue;
      differences.push(`extra: ${rel}`);
      if (!check) rmSync(join(abs, entry), { recursive: true });
    }
  }
  return differences;
}
