import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from './finding.js';
import type { PackageManifest } from './workspace.js';

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
const BUILT_FILE = /\.(?:c|m)?js$|\.d\.(?:c|m)?ts$/;

function finding(message: string): Finding {
  return { source: 'self-contained', severity: 'error', code: 'private-dependency', message };
}

async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && BUILT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Checks that a published package stands on its own: the generated API module and any other
 * private workspace package must be inlined at build time, never needed at install or run time.
 * A manifest that depends on one, or a built file (JavaScript or declarations) that imports one,
 * would install from the workspace and break from the registry.
 *
 * @param packageDir the package directory; its `dist/` is what the tarball ships
 * @param privateNames names of the workspace's private packages, e.g. `['@ummah/schema']`
 * @example
 * const findings = await checkSelfContained(manifest, pkg.dir, ['@ummah/schema']);
 */
export async function checkSelfContained(
  manifest: PackageManifest,
  packageDir: string,
  privateNames: readonly string[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const declared = (manifest[field] ?? {}) as Readonly<Record<string, string>>;
    for (const name of privateNames) {
      if (name in declared) findings.push(finding(`"${field}" names the private package ${name}`));
    }
  }
  if (privateNames.length === 0) return findings;
  const specifier = new RegExp(
    `(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)["'](${privateNames.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})(?:/[^"']*)?["']`,
  );
  for (const file of await builtFiles(join(packageDir, 'dist'))) {
    const match = specifier.exec(await readFile(file, 'utf8'));
    if (match) findings.push(finding(`${file.slice(packageDir.length + 1)} imports ${match[1]}`));
  }
  return findings;
}
