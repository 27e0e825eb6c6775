import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackedPackage } from './pack.js';
import { type CommandResult, runCommand, runCommandOrThrow } from './run-command.js';
import { CHECKS_ROOT } from './workspace.js';

/** A throwaway app outside the workspace with every packed tarball installed from disk. */
export interface ConsumerApp {
  /** Absolute path of the app; nothing of the workspace is above it. */
  readonly dir: string;
  /** Deletes the app. */
  remove(): Promise<void>;
}

/** What one probe run printed. */
export interface ProbeResult {
  readonly ok: boolean;
  /** The file the specifier resolved to (when it loaded). */
  readonly file?: string;
  /** The exported names, sorted. */
  readonly names?: readonly string[];
  /** Name of the default export (ESM) or of the module itself (CJS) when it is a function. */
  readonly defaultName?: string | null;
  /** The loader's error, with its stack, when loading failed. */
  readonly error?: string;
}

/** Module system and resolution conditions a probe runs under. */
export interface ProbeMode {
  readonly format: 'esm' | 'cjs';
  /** Extra `node --conditions`, e.g. `['worker']` to resolve as an edge bundler would. */
  readonly conditions: readonly string[];
}

const PROBES = ['probe.mjs', 'probe.cjs', 'smoke.mjs', 'smoke.cjs'] as const;

/**
 * What a TypeScript merchant on Node has besides the SDK: the Node types of the engines floor,
 * so the declarations are type-checked against what such a project sees.
 */
const MERCHANT_DEV_DEPENDENCIES: Readonly<Record<string, string>> = { '@types/node': '^20.19.0' };

/**
 * npm reads `npm_config_*` variables as configuration; when the checks run under `pnpm test`,
 * pnpm's own settings arrive that way and mean something else (or nothing) to npm.
 */
function npmEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_(config|package|lifecycle)_/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/**
 * Creates an app in the OS temp folder and installs all `packed` tarballs into it at once with plain
 * npm, as a merchant would from the registry: `workspace:` ranges were rewritten by `pnpm pack`, so
 * the siblings resolve to each other's tarballs and third-party dependencies come from the registry.
 * Install scripts are skipped: none of the packages needs one.
 *
 * @example
 * const app = await createConsumerApp(packed);
 * try { await probe(app, ['@ummah/core'], { format: 'esm', conditions: [] }); } finally { await app.remove(); }
 */
export async function createConsumerApp(packed: readonly PackedPackage[]): Promise<ConsumerApp> {
  const dir = await mkdtemp(join(tmpdir(), 'ummah-consumer-'));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const dependencies = Object.fromEntries(packed.map(({ pkg, tarball }) => [pkg.name, `file:${tarball}`]));
    const manifest = {
      name: 'ummah-consumer-app',
      version: '0.0.0',
      private: true,
      dependencies,
      devDependencies: MERCHANT_DEV_DEPENDENCIES,
    };
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const probe of PROBES) await copyFile(join(CHECKS_ROOT, 'probes', probe), join(dir, probe));
    await runCommandOrThrow(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
      { cwd: dir, env: npmEnvironment(), inheritEnv: false, timeoutMs: 240_000 },
    );
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}

/**
 * Loads each specifier inside the app with `import()` or `require()` under the given conditions,
 * in a fresh Node process, and returns what each exposed.
 *
 * @example
 * const results = await probe(app, ['@ummah/webhooks'], { format: 'esm', conditions: ['worker'] });
 */
export async function probe(
  app: ConsumerApp,
  specifiers: readonly string[],
  mode: ProbeMode,
): Promise<Record<string, ProbeResult>> {
  const script = mode.format === 'esm' ? 'probe.mjs' : 'probe.cjs';
  const conditions = mode.conditions.map((condition) => `--conditions=${condition}`);
  const { stdout } = await runCommandOrThrow(process.execPath, [...conditions, script, ...specifiers], {
    cwd: app.dir,
  });
  return JSON.parse(stdout) as Record<string, ProbeResult>;
}

/** What the end-to-end smoke script reported. */
export interface SmokeResult {
  readonly exitCode: number | null;
  /** Status of the purchase after the simulated checkout, and the id read back from the verified webhook. */
  readonly output?: { readonly status: string; readonly verifiedId: string };
  readonly stderr: string;
}

/**
 * Runs the README's first steps inside the app (purchase against the mock, checkout, signed webhook
 * verified) as ESM or CommonJS.
 *
 * @example
 * const { output } = await runSmoke(app, 'cjs'); // { status: 'paid', verifiedId: '…' }
 */
export async function runSmoke(app: ConsumerApp, format: 'esm' | 'cjs'): Promise<SmokeResult> {
  const result = await runCommand(process.execPath, [format === 'esm' ? 'smoke.mjs' : 'smoke.cjs'], {
    cwd: app.dir,
    timeoutMs: 60_000,
  });
  if (result.exitCode !== 0) return { exitCode: result.exitCode, stderr: result.stderr };
  return {
    exitCode: 0,
    output: JSON.parse(result.stdout) as SmokeResult['output'] & object,
    stderr: result.stderr,
  };
}

/**
 * Runs an installed package's command (`bin`) through npm's shim in `node_modules/.bin`, as
 * `npx <name>` would, and returns its exit code and output.
 *
 * @example
 * const { exitCode, stdout } = await runBin(app, 'ummah-mock', ['--help']);
 */
export function runBin(app: ConsumerApp, name: string, args: readonly string[]): Promise<CommandResult> {
  return runCommand(join(app.dir, 'node_modules', '.bin', name), args, { cwd: app.dir, timeoutMs: 30_000 });
}
