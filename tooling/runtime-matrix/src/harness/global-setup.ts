import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR } from './compile-scenarios.js';

/** The built files the scenarios load; the runtimes resolve them through the packages' `exports`. */
const DIST_FILES = [
  'core/dist/index.js',
  'core/dist/node.js',
  'payments/dist/index.js',
  'testing/dist/index.js',
];

/**
 * vitest global setup: `pnpm test` builds every package before vitest runs; a bare `vitest run` on
 * a fresh checkout builds the packages this one depends on here, once for both suites (two suites
 * building at the same time would overwrite each other's dist/).
 */
export default function setup(): void {
  const packages = join(PACKAGE_DIR, '..', '..', 'packages');
  if (DIST_FILES.every((file) => existsSync(join(packages, file)))) return;
  execFileSync('pnpm', ['--filter', '@ummah/runtime-matrix^...', 'run', 'build'], {
    cwd: PACKAGE_DIR,
    stdio: 'ignore',
  });
}
