import { type ChildProcess, spawn } from 'node:child_process';

/** A shop running in a child process. */
export interface ShopProcess {
  /** Origin the shop listens on, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Stops the process and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the shop with the given runtime and resolves once it prints its listening address.
 * Rejects with the process output if it exits first or does not listen within `timeoutMs`.
 */
export function startShop(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<ShopProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The shop did not start in time:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Shop listening on (http:\/\/[\d.]+:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The shop exited with ${code} before listening:\n${output}`));
    });
  });
}
