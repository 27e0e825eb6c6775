/**
 * `pnpm generate`: turns each API description (openapi.yaml for Ummah, see `scripts/lib/apis.ts`)
 * into its committed module under `<name>/` (types, zod schemas, the route table, the
 * validators, the event names).
 *
 * `pnpm generate:check` (`--check`) regenerates in memory and exits with status 1, listing every
 * stale, missing or extra file, without touching the disk. CI runs it through `pnpm test`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APIS, outputDir } from './lib/apis.js';
import { buildFiles } from './lib/build.js';
import { formatTypeScriptFiles } from './lib/format.js';
import { syncGeneratedFiles } from './lib/sync.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(schemaDir, '..', '..');

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const emitted = new Map<string, string>();
  for (const api of APIS) {
    for (const entry of buildFiles(readFileSync(join(schemaDir, api.spec), 'utf8'), undefined, api)) {
      emitted.set(...entry);
    }
  }
  // One biome run for every file of every description.
  const files = formatTypeScriptFiles(emitted, repoRoot);
  const differences = syncGeneratedFiles(files, APIS.map(outputDir), repoRoot, check);
  const sources = APIS.map((api) => api.spec).join(', ');
  if (!check) {
    console.log(`generated ${files.size} files from ${sources} (${differences.length} changed)`);
    for (const line of differences) console.log(`  ${line}`);
    return 0;
  }
  if (differences.length === 0) {
    console.log(`generated code is up to date with ${sources} (${files.size} files)`);
    return 0;
  }
  console.error(`generated code is out of date with ${sources}; run \`pnpm generate\` and commit:`);
  for (const line of differences) console.error(`  ${line}`);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
