import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A path biome resolves its configuration and language for. Generated directories are excluded
 * from biome (so nobody hand-edits them after a `biome check --write`), which means the real
 * output path would come back unformatted; this sibling path is covered by the root config.
 */
const PROBE_PATH = 'packages/schema/scripts/generated-output.ts';

/** The repository's biome executable. */
function biomeBin(repoRoot: string): string {
  return createRequire(join(repoRoot, 'package.json')).resolve('@biomejs/biome/bin/biome');
}

/**
 * Formats generated TypeScript with the repository's own biome and configuration, so generated
 * code reads like the hand-written code next to it and `biome check` would accept it. The
 * emitters already produce nearly formatted code; biome settles long chains and unions exactly.
 * Throws when biome fails, rather than emitting output that `--check` would then call stale.
 */
export function formatTypeScript(source: string, repoRoot: string): string {
  const result = spawnSync(
    process.execPath,
    [biomeBin(repoRoot), 'format', `--stdin-file-path=${PROBE_PATH}`],
    {
      cwd: repoRoot,
      input: source,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0 || result.error) {
    const reason = result.error?.message ?? result.stderr.trim().split('\n').slice(0, 20).join('\n');
    throw new Error(`biome could not format the generated code:\n${reason}`);
  }
  return result.stdout;
}

/**
 * {@link formatTypeScript} for many files in one biome run, which is much faster than one run per
 * file: the files are written to a scratch folder next to {@link PROBE_PATH} (so the same
 * configuration applies), formatted in place, read back and the folder removed. Keys are kept.
 */
export function formatTypeScriptFiles(files: Map<string, string>, repoRoot: string): Map<string, string> {
  const scratch = mkdtempSync(join(repoRoot, 'packages/schema/scripts/.format-'));
  try {
    const entries = [...files];
    for (const [index, [, source]] of entries.entries()) writeFileSync(join(scratch, `${index}.ts`), source);
    const result = spawnSync(process.execPath, [biomeBin(repoRoot), 'format', '--write', scratch], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0 || result.error) {
      const reason =
        result.error?.message ??
        `${result.stdout}${result.stderr}`.trim().split('\n').slice(0, 20).join('\n');
      throw new Error(`biome could not format the generated code:\n${reason}`);
    }
    return new Map(
      entries.map(([path], index) => [path, readFileSync(join(scratch, `${index}.ts`), 'utf8')]),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
