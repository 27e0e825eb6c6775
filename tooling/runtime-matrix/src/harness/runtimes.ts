import { installedRuntime, MACHINE_NODE, type Runtime } from '@ummah/test-support';

/** The scenarios a runtime runs. */
export type Scenario = 'transport' | 'payments' | 'clients';

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
}

/** A runtime started as a command line process. */
export interface CliRuntime extends MatrixRuntime {
  /** The executable itself, so a kill signal reaches the runtime. */
  command: string;
  /** Arguments before the script path, per scenario (Deno's permissions differ). */
  runtimeArgs(scenario: Scenario): string[];
}

const node = (id: string, runtime: Runtime, label = `Node ${runtime.version}`): CliRuntime => ({
  id,
  label,
  userAgentRuntime: `node/${runtime.version}`,
  coreBuild: 'node',
  command: runtime.executable,
  runtimeArgs: () => [],
});

const deno = installedRuntime('deno');
const bun = installedRuntime('bun');

/**
 * Node 20 (the machine's), 22 and 24, Deno and Bun. Each runs the compiled scenario from the
 * package directory and resolves `@ummah/*` itself.
 */
export const CLI_RUNTIMES: readonly CliRuntime[] = [
  node('node20', MACHINE_NODE, `Node ${MACHINE_NODE.version} (the machine's node)`),
  node('node22', installedRuntime('node22')),
  node('node24', installedRuntime('node24')),
  {
    id: 'deno',
    label: `Deno ${deno.version}`,
    userAgentRuntime: `deno/${deno.version}`,
    coreBuild: 'neutral',
    command: deno.executable,
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
    label: `Bun ${bun.version}`,
    userAgentRuntime: `bun/${bun.version}`,
    coreBuild: 'neutral',
    command: bun.executable,
    runtimeArgs: () => [],
  },
];

/** workerd: served a bundle, driven over HTTP (see workerd.ts). */
export const WORKERD: MatrixRuntime = {
  id: 'workerd',
  label: `workerd ${installedRuntime('workerd').version}`,
  // Workers expose no runtime version; core reports `workerd/unknown`.
  userAgentRuntime: 'workerd/unknown',
  coreBuild: 'neutral',
};
