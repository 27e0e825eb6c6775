import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A path biome resolves its configuration and language for. Generated directories are excluded
 * from biome (so nobody hand-edits them after a `biome check --write`), which means the real
 * output path would come back unformatted; this sibling path is covered by the root config.
 */
const PROBE_PATH = 'packages/schema/scripts/generated-output.ts';

/**
 * Formats generated TypeScript with the repository's own biome and configuration, so generated
 * code reads like the hand-written code next to it and `biome check` would accept it. The
 * emitters already produce nearly formatted code; biome settles long chains and unions exactly.
 * Throws when biome fails, rather than emitting output that `--check` would then call stale.
 */
export function formatTypeScript(source: string, repoRoot: string): string {
  const requireFromRoot = createRequire(join(repoRoot, 'package.json'));
  const biome = requireFromRoot.resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${PROBE_PATH}`], {
    cwd: repoRoot,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || result.error) {
    const reason = result.error?.message ?? result.stderr.trim().split('\n').slice(0, 20).join('\n');
    throw new Error(`biome could not format the generated code:\n${reason}`);
  }
  return result.stdout;
}
