import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWorkerd } from '@ummah/test-support';

/**
 * Compatibility settings of the two Workers.
 *
 * - `transport` runs @ummah/core under a plain Workers configuration: a 2025 compatibility date
 *   and no flags, so no `process`, no Node built-ins. That is the strictest setting a merchant's
 *   Worker can have, and core needs nothing more.
 * - `payments` runs @ummah/payments with @ummah/testing's mock under the same strict setting: the
 *   mock's main entry loads no Node built-ins and none of msw's import-time state.
 * - `clients` runs the four provider clients and their webhook verification, same setting.
 */
const WORKERS = {
  transport: { compatibilityDate: '2025-01-01' },
  payments: { compatibilityDate: '2025-01-01' },
  clients: { compatibilityDate: '2025-01-01' },
} as const;

/** The Workers a running workerd serves. */
export type WorkerName = keyof typeof WORKERS;

/**
 * The workerd config: each bundle as an ES module Worker behind its own loopback socket (ports
 * chosen by the OS and reported on the control fd), with outbound network limited to loopback
 * (`local`), where the fixture server listens. Without a `globalOutbound` service of that kind a
 * Worker may only reach public addresses.
 */
function config(bundles: Partial<Record<WorkerName, string>>): string {
  const names = Object.keys(bundles) as WorkerName[];
  const services = names.map((name) => `(name = "${name}", worker = .${name}Worker)`).join(',\n    ');
  const sockets = names
    .map((name) => `(name = "${name}", address = "127.0.0.1:0", http = (), service = "${name}")`)
    .join(',\n    ');
  const workers = names
    .map(
      (name) => `const ${name}Worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "${bundles[name] ?? ''}")],
  compatibilityDate = "${WORKERS[name].compatibilityDate}",
  globalOutbound = "loopback",
);`,
    )
    .join('\n');
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    ${services},
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [
    ${sockets},
  ],
);
${workers}
`;
}

/** A running workerd; see {@link serveWorkers}. */
export interface RunningWorkerd {
  /** GETs a path of one Worker and parses its JSON answer; throws with the Worker's text otherwise. */
  get(worker: WorkerName, pathAndQuery: string): Promise<unknown>;
  /** Stops workerd and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Serves the given Workers with workerd and resolves once each of their sockets listens. `bundles`
 * are paths relative to `dir`, where the config is written (capnp `embed` paths are relative to the
 * config file).
 */
export async function serveWorkers(
  dir: string,
  bundles: Partial<Record<WorkerName, string>>,
): Promise<RunningWorkerd> {
  const configPath = join(dir, 'config.capnp');
  writeFileSync(configPath, config(bundles));
  const workers = Object.keys(bundles) as WorkerName[];
  const workerd = await startWorkerd(configPath, { sockets: workers, timeoutMs: 30_000 });
  return {
    async get(worker, pathAndQuery) {
      if (!workers.includes(worker)) throw new Error(`workerd does not serve the ${worker} Worker`);
      const response = await fetch(`${workerd.url(worker)}${pathAndQuery}`);
      const text = await response.text();
      if (response.status !== 200)
        throw new Error(`workerd answered ${response.status}: ${text}\n${workerd.output()}`);
      return JSON.parse(text) as unknown;
    },
    async stop() {
      await workerd.stop();
    },
  };
}
