import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A JavaScript runtime a test can start. */
export interface Runtime {
  /** `Node`, `Deno`, `Bun` or `workerd`. */
  readonly name: string;
  /** The version it reports, e.g. `22.23.3`. */
  readonly version: string;
  /** Absolute path of the executable. */
  readonly executable: string;
}

/** The Node running the tests (the machine's). */
export const MACHINE_NODE: Runtime = {
  name: 'Node',
  version: process.versions.node,
  executable: process.execPath,
};

/**
 * Where each npm package of `@ummah/runtimes` (tooling/runtimes) keeps its executable. The
 * executables are started directly rather than through the `.bin` shims: those are shell or Node
 * wrappers that do not pass a kill signal on, so a stopped or timed-out run would leave the real
 * process behind.
 */
const INSTALLED = {
  node22: { name: 'Node', executable: 'bin/node' },
  node24: { name: 'Node', executable: 'bin/node' },
  deno: { name: 'Deno', executable: 'deno' },
  bun: { name: 'Bun', executable: 'bin/bun.exe' },
  workerd: { name: 'workerd', executable: 'bin/workerd' },
} as const;

/** A runtime installed from npm by `@ummah/runtimes`, by its dependency name there. */
export type InstalledRuntimeName = keyof typeof INSTALLED;

// Resolved through the package that declares the runtimes, so no path into another package's
// node_modules is written down anywhere.
const requireFromRuntimes = createRequire(
  createRequire(import.meta.url).resolve('@ummah/runtimes/package.json'),
);

/**
 * An installed runtime. Its version is the npm package's, which these packages keep equal to the
 * binary's. pnpm must be allowed to run the packages' install scripts (`onlyBuiltDependencies` in
 * pnpm-workspace.yaml), or the executables are missing and starting them fails with ENOENT.
 */
export function installedRuntime(name: InstalledRuntimeName): Runtime {
  const manifest = requireFromRuntimes.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return {
    name: INSTALLED[name].name,
    version,
    executable: join(dirname(manifest), INSTALLED[name].executable),
  };
}
