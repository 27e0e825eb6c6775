import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Finding } from './finding.js';
import { runCommand } from './run-command.js';
import { CHECKS_ROOT } from './workspace.js';

/** One budget of `.size-limit.js` and what it measured. */
export interface SizeMeasurement {
  readonly name: string;
  /** Gzipped bytes of the minified edge bundle. */
  readonly size: number;
  /** The budget in bytes. */
  readonly limit: number;
  readonly passed: boolean;
}

interface SizeLimitEntry {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
  readonly sizeLimit: number;
}

function sizeLimitBin(): string {
  const require = createRequire(join(CHECKS_ROOT, 'package.json'));
  const manifestPath = require.resolve('size-limit/package.json');
  const { bin } = require(manifestPath) as { bin: string };
  return join(dirname(manifestPath), bin);
}

/**
 * Runs size-limit with this package's `.size-limit.js` (edge bundles of the workspace builds, which
 * are the files `pnpm pack` publishes) and returns every measurement.
 *
 * @example
 * const sizes = await measureSizes(); // [{ name: 'verifyWebhook …', size: 3967, limit: 4096, passed: true }, …]
 */
export async function measureSizes(): Promise<SizeMeasurement[]> {
  const result = await runCommand(process.execPath, [sizeLimitBin(), '--json'], { cwd: CHECKS_ROOT });
  let entries: SizeLimitEntry[];
  try {
    entries = JSON.parse(result.stdout) as SizeLimitEntry[];
  } catch {
    throw new Error(`size-limit exited with ${result.exitCode}: ${(result.stderr || result.stdout).trim()}`);
  }
  return entries.map((entry) => ({
    name: entry.name,
    size: entry.size,
    limit: entry.sizeLimit,
    passed: entry.passed,
  }));
}

/**
 * Findings for measurements over their budget.
 *
 * @example
 * sizeFindings([{ name: 'x', size: 5000, limit: 4096, passed: false }]); // one error
 */
export function sizeFindings(measurements: readonly SizeMeasurement[]): Finding[] {
  return measurements
    .filter((measurement) => !measurement.passed)
    .map((measurement) => ({
      source: 'size-limit',
      severity: 'error' as const,
      code: 'over-budget',
      message: `${measurement.name} is ${measurement.size} B gzip, over its ${measurement.limit} B budget`,
    }));
}
