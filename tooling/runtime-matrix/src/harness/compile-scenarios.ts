import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Scenario } from './runtimes.js';

/** The package directory: the runtimes run from here so `@ummah/*` resolve through its node_modules. */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The compiled scenario files of one test run, by scenario. */
export interface CompiledScenarios {
  /** Directory holding every file (under `.tmp/`, which git ignores). */
  dir: string;
  /** `cli-<scenario>.mjs` for Node, Deno and Bun: our code only; `@ummah/*` stay bare imports. */
  cli: Record<Scenario, string>;
  /** `worker-<scenario>.js` for workerd: self-contained bundles. */
  workers: Record<Scenario, string>;
}

/**
 * Compiles the TypeScript scenarios for the runtimes, one file per scenario so each process or
 * Worker loads only the packages its scenario needs (the transport scenario: @ummah/core alone).
 *
 * For Node, Deno and Bun only our own code is compiled: the `@ummah/*` imports are left bare, so
 * each runtime resolves the packages' `exports` itself with its own conditions (`node`, `deno`,
 * `bun`) from the built dist/, exactly as a merchant's app on that runtime would. workerd cannot
 * resolve packages, so its bundles are built the way wrangler builds a Worker: conditions
 * `workerd`, `worker`, `browser`.
 */
export async function compileScenarios(): Promise<CompiledScenarios> {
  mkdirSync(join(PACKAGE_DIR, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(PACKAGE_DIR, '.tmp', 'scenarios-'));
  const common = { bundle: true, format: 'esm', target: 'es2022', logLevel: 'silent' } as const;
  const scenarios: Scenario[] = ['transport', 'payments', 'clients'];
  const cli = Object.fromEntries(scenarios.map((s) => [s, join(dir, `cli-${s}.mjs`)])) as Record<
    Scenario,
    string
  >;
  const workers = Object.fromEntries(scenarios.map((s) => [s, join(dir, `worker-${s}.js`)])) as Record<
    Scenario,
    string
  >;
  const entry = (name: string) => [join(PACKAGE_DIR, 'src', 'entries', `${name}.ts`)];
  await Promise.all(
    scenarios.flatMap((scenario) => [
      build({
        ...common,
        entryPoints: entry(`cli-${scenario}`),
        outfile: cli[scenario],
        platform: 'neutral',
        packages: 'external',
      }),
      build({
        ...common,
        entryPoints: entry(`worker-${scenario}`),
        outfile: workers[scenario],
        platform: 'browser',
        conditions: ['workerd', 'worker', 'browser'],
      }),
    ]),
  );
  return { dir, cli, workers };
}
