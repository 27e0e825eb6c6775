import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where `@ummah/runtimes` (tooling/runtimes) installs the runtimes. The executables are started
 * directly rather than through the `.bin` shims: those are shell or Node wrappers that do not pass
 * a kill signal on, so a timed-out or stopped run would leave the real process behind.
 */
export const RUNTIMES_DIR = fileURLToPath(new URL('../../../runtimes/node_modules/', import.meta.url));

/** The scenarios a runtime runs. */
export type Scenario = 'transport' | 'payments';

/** A runtime of the matrix, as the tests see it. */
export interface MatrixRuntime {
  /** Short id, also the runtime's path prefix on the fixture server. */
  id: string;
  /** Name in test titles. */
  label: string;
  /** What core's runtime detection must report in the User-Agent: `(<name>/<version>)`. */
  userAgentRuntime: string;
  /** Which build of @ummah/core its export conditions select. */
  coreBuild: 'node' | 'neutral';
  /** The executable. */
  command: string;
}

/** A runtime started as a command line process. */
export interface CliRuntime extends MatrixRuntime {
  /** Arguments before the script path, per scenario (Deno's permissions differ). */
  runtimeArgs(scenario: Scenario): string[];
}

/** The version an npm-installed runtime package ships (the package version is the binary's). */
function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(`${RUNTIMES_DIR}${name}/package.json`, 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

const node = (id: string, label: string, command: string, version: string): CliRuntime => ({
  id,
  label,
  userAgentRuntime: `node/${version}`,
  coreBuild: 'node',
  command,
  runtimeArgs: () => [],
});

/**
 * Node 20 (the machine's), 22 and 24, Deno and Bun. Each runs the compiled scenario from the
 * package directory and resolves `@ummah/*` itself.
 */
export const CLI_RUNTIMES: readonly CliRuntime[] = [
  node(
    'node20',
    `Node ${process.versions.node} (the machine's node)`,
    process.execPath,
    process.versions.node,
  ),
  node(
    'node22',
    `Node ${packageVersion('node22')}`,
    `${RUNTIMES_DIR}node22/bin/node`,
    packageVersion('node22'),
  ),
  node(
    'node24',
    `Node ${packageVersion('node24')}`,
    `${RUNTIMES_DIR}node24/bin/node`,
    packageVersion('node24'),
  ),
  {
    id: 'deno',
    label: `Deno ${packageVersion('deno')}`,
    userAgentRuntime: `deno/${packageVersion('deno')}`,
    coreBuild: 'neutral',
    command: `${RUNTIMES_DIR}deno/deno`,
    // The least a Deno user must grant: loopback network for the transport scenario; nothing at all
    // for the in-process mock.
    // `--no-lock`: resolving from node_modules would otherwise write a deno.lock here.
    runtimeArgs: (scenario) => [
      'run',
      '--no-lock',
      ...(scenario === 'transport' ? ['--allow-net=127.0.0.1'] : []),
    ],
  },
  {
    id: 'bun',
    label: `Bun ${packageVersion('bun')}`,
    userAgentRuntime: `bun/${packageVersion('bun')}`,
    coreBuild: 'neutral',
    command: `${RUNTIMES_DIR}bun/bin/bun.exe`,
    runtimeArgs: () => [],
  },
];

/** workerd: served a bundle, driven over HTTP (see workerd.ts). */
export const WORKERD: MatrixRuntime = {
  id: 'workerd',
  label: `workerd ${packageVersion('workerd')}`,
  // Workers expose no runtime version; core reports `workerd/unknown`.
  userAgentRuntime: 'workerd/unknown',
  coreBuild: 'neutral',
  command: `${RUNTIMES_DIR}workerd/bin/workerd`,
};
