import { execFile } from 'node:child_process';
import { PACKAGE_DIR } from './compile-scenarios.js';
import type { CliRuntime, Scenario } from './runtimes.js';

/**
 * The environment the runtimes get: the parent's, minus the SDK's own variables (a developer's
 * `UMMAH_BASE_URL` would send the payments scenario away from the mock), and without colours so
 * a failure's stderr reads cleanly in the test output.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const name of Object.keys(env)) if (name.startsWith('UMMAH_')) delete env[name];
  return env;
}

/** Runs one scenario's compiled script on one runtime and parses the JSON report it prints. */
export function runCliScenario(
  runtime: CliRuntime,
  scenario: Scenario,
  script: string,
  args: string[] = [],
): Promise<unknown> {
  const argv = [...runtime.runtimeArgs(scenario), script, ...args];
  return new Promise((resolve, reject) => {
    execFile(
      runtime.command,
      argv,
      { cwd: PACKAGE_DIR, env: childEnv(), timeout: 45_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${runtime.label} failed on ${scenario}: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout));
        } catch (cause) {
          reject(new Error(`${runtime.label} printed no JSON report:\n${stdout}\n${stderr}`, { cause }));
        }
      },
    );
  });
}
