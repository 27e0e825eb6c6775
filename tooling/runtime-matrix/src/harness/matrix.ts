import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { compileScenarios } from './compile-scenarios.js';
import { runCliScenario } from './run-cli.js';
import { CLI_RUNTIMES, type MatrixRuntime, type Scenario, WORKERD } from './runtimes.js';
import { type RunningWorkerd, serveWorkers } from './workerd.js';

/** Every runtime of the matrix, in the order the tests list them. */
export const MATRIX_RUNTIMES: readonly MatrixRuntime[] = [...CLI_RUNTIMES, WORKERD];

/** The reports of one scenario on every runtime; see {@link runMatrix}. */
export interface MatrixRun<Report> {
  /** The report of one runtime (rejects with that runtime's failure). */
  report(runtimeId: string): Promise<Report>;
  /** Stops workerd and removes the compiled files. */
  close(): Promise<void>;
}

/** What a scenario needs from the harness for each runtime. */
export interface MatrixOptions {
  /** Extra command line arguments of the compiled script (Node, Deno, Bun). */
  cliArgs?(runtime: MatrixRuntime): string[];
  /** Path and query the workerd Worker is fetched with. */
  workerdPath?(runtime: MatrixRuntime): string;
}

/**
 * Runs one scenario on every runtime at once: Node 20, 22, 24, Deno and Bun as processes, workerd
 * as a served Worker. Resolves once all are started; each runtime's report settles on its own.
 */
export async function runMatrix<Report>(
  scenario: Scenario,
  options: MatrixOptions = {},
): Promise<MatrixRun<Report>> {
  const compiled = await compileScenarios();
  const reports = new Map<string, Promise<Report>>();
  let workerd: RunningWorkerd | undefined;
  try {
    for (const runtime of CLI_RUNTIMES) {
      const args = options.cliArgs?.(runtime) ?? [];
      reports.set(
        runtime.id,
        runCliScenario(runtime, scenario, compiled.cli[scenario], args) as Promise<Report>,
      );
    }
    const worker = serveWorkers(compiled.dir, {
      [scenario]: basename(compiled.workers[scenario]),
    });
    reports.set(
      WORKERD.id,
      worker.then((running) => {
        workerd = running;
        return running.get(scenario, options.workerdPath?.(WORKERD) ?? '/') as Promise<Report>;
      }),
    );
    // Failures surface in each runtime's own tests; this only keeps them from being "unhandled".
    for (const report of reports.values()) report.catch(() => undefined);
    // workerd must be up (or have failed) before close() can stop it.
    await worker.catch(() => undefined);
  } catch (error) {
    rmSync(compiled.dir, { recursive: true, force: true });
    throw error;
  }
  return {
    report(runtimeId) {
      const report = reports.get(runtimeId);
      if (report === undefined) throw new Error(`no runtime ${runtimeId} in the matrix`);
      return report;
    },
    async close() {
      await Promise.allSettled(reports.values());
      await workerd?.stop();
      rmSync(compiled.dir, { recursive: true, force: true });
    },
  };
}
