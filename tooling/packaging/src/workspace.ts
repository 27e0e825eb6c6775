import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandOrThrow } from './run-command.js';

/** The workspace root: two levels above this package (`tooling/packaging`). */
export const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** This package's own directory (`tooling/packaging`), where the size-limit config lives. */
export const CHECKS_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The parts of a package.json the checks read. Everything else passes through untyped. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly sideEffects?: unknown;
  readonly engines?: Readonly<Record<string, string>>;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

/** A package of the workspace that is published to the registry. */
export interface PublishablePackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the package directory. */
  readonly dir: string;
  readonly manifest: PackageManifest;
}

interface PnpmProject {
  readonly name?: string;
  readonly path: string;
  readonly private?: boolean;
}

/**
 * Lists the workspace's publishable packages, as pnpm itself sees the workspace (every project
 * matched by pnpm-workspace.yaml), leaving out private ones. Sorted by name so reports are stable.
 *
 * @example
 * const packages = await findPublishablePackages();
 * packages.map((p) => p.name); // ['@ummah/core', '@ummah/payments', …]
 */
export async function findPublishablePackages(root: string = WORKSPACE_ROOT): Promise<PublishablePackage[]> {
  const { stdout } = await runCommandOrThrow('pnpm', ['ls', '--recursive', '--json', '--depth', '-1'], {
    cwd: root,
  });
  const projects = JSON.parse(stdout) as PnpmProject[];
  const found: PublishablePackage[] = [];
  for (const project of projects) {
    if (project.private === true || resolve(project.path) === resolve(root)) continue;
    const manifest = await readManifest(project.path);
    if (manifest.private === true) continue;
    found.push({ name: manifest.name, version: manifest.version, dir: project.path, manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Reads and parses `package.json` in `dir`.
 *
 * @example
 * const { engines } = await readManifest(WORKSPACE_ROOT);
 */
export async function readManifest(dir: string): Promise<PackageManifest> {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageManifest;
}
