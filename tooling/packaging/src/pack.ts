import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommandOrThrow } from './run-command.js';
import type { PublishablePackage } from './workspace.js';

/** A package packed into a tarball, exactly as `pnpm publish` would upload it. */
export interface PackedPackage {
  readonly pkg: PublishablePackage;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
}

/**
 * Packs `pkg` with `pnpm pack` into a folder of its own under `destination` (so several packages can be
 * packed at once). pnpm (unlike npm) rewrites `workspace:` ranges
 * to the real versions, so the tarball is the one that would be published. The package must be
 * built first: packing does not build.
 *
 * @example
 * const { tarball } = await packPackage(pkg, await mkdtemp(join(tmpdir(), 'ummah-pack-')));
 */
export async function packPackage(pkg: PublishablePackage, destination: string): Promise<PackedPackage> {
  const folder = join(destination, pkg.name.replace(/^@/, '').replace(/\//g, '-'));
  await mkdir(folder, { recursive: true });
  await runCommandOrThrow('pnpm', ['pack', '--pack-destination', folder], { cwd: pkg.dir });
  // pnpm's printed output has changed between releases; the one file in a fresh folder has not.
  const created = (await readdir(folder)).filter((file) => file.endsWith('.tgz'));
  if (created.length !== 1) {
    throw new Error(`pnpm pack of ${pkg.name} produced ${created.length} tarballs: ${created.join(', ')}`);
  }
  return { pkg, tarball: join(folder, created[0]!) };
}
