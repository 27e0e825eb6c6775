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

/** Every project pnpm-workspace.yaml matches, as pnpm itself sees the workspace, with its manifest. */
async function listWorkspaceProjects(
  root: string,
): Promise<Array<{ dir: string; manifest: PackageManifest }>> {
  const { stdout } = await runCommandOrThrow('pnpm', ['ls', '--recursive', '--json', '--depth', '-1'], {
    cwd: root,
  });
  const projects = (JSON.parse(stdout) as PnpmProject[]).filter(
    (project) => resolve(project.path) !== resolve(root),
  );
  return Promise.all(
    projects.map(async (project) => ({ dir: project.path, manifest: await readManifest(project.path) })),
  );
}

/**
 * Lists the workspace's publishable packages, leaving out private ones. Sorted by name so reports
 * are stable.
 *
 * @example
 * const packages = await findPublishablePackages();
 * packages.map((p) => p.name); // ['@ummah/core', '@ummah/payments', …]
 */
export async function findPublishablePackages(root: string = WORKSPACE_ROOT): Promise<PublishablePackage[]> {
  return (await listWorkspaceProjects(root))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir, manifest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Names of the workspace's private packages (the schema's generated module, test support,
 * examples): nothing published may need one at install or run time.
 *
 * @example
 * await findPrivatePackageNames(); // ['@ummah/bench', '@ummah/schema', …]
 */
export async function findPrivatePackageNames(root: string = WORKSPACE_ROOT): Promise<string[]> {
  return (await listWorkspaceProjects(root))
    .filter(({ manifest }) => manifest.private === true)
    .map(({ manifest }) => manifest.name)
    .sort();
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
