/**
 * `pnpm generate`: turns openapi.yaml into the committed code under `src/generated/` of the
 * payments and testing packages (types, zod schemas, the operation table).
 *
 * `pnpm generate:check` (`--check`) regenerates in memory and exits with status 1, listing every
 * stale, missing or extra file, without touching the disk. CI runs it through `pnpm test`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from './lib/build.js';
import { formatTypeScript } from './lib/format.js';
import { syncGeneratedFiles } from './lib/sync.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(schemaDir, '..', '..');
const specPath = join(schemaDir, 'openapi.yaml');

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const files = buildFiles(readFileSync(specPath, 'utf8'), (source) => formatTypeScript(source, repoRoot));
  const differences = syncGeneratedFiles(files, repoRoot, check);
  const specRel = relative(repoRoot, specPath);
  if (!check) {
    console.log(`generated ${files.size} files from ${specRel} (${differences.length} changed)`);
    for (const line of differences) console.log(`  ${line}`);
    return 0;
  }
  if (differences.length === 0) {
    console.log(`generated code is up to date with ${specRel} (${files.size} files)`);
    return 0;
  }
  console.error(`generated code is out of date with ${specRel}; run \`pnpm generate\` and commit:`);
  for (const line of differences) console.error(`  ${line}`);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
