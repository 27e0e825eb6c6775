import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

/** workerd serving a config, with the address its `http` socket bound. */
export interface WorkerdProcess {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs `workerd serve <config>` with its `http` socket on a free loopback port. workerd reports the
 * port it bound on a control descriptor (fd 3) once it is ready, so no port is guessed and no polling
 * is needed.
 */
export function startWorkerd(
  binary: string,
  config: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<WorkerdProcess> {
  const child: ChildProcess = spawn(
    binary,
    ['serve', config, '--socket-addr', 'http=127.0.0.1:0', '--control-fd', '3'],
    { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`workerd did not start in time:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    let control = '';
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      control += chunk.toString();
      for (const line of control.split('\n')) {
        if (!line.trim()) continue;
        const message = JSON.parse(line) as { event?: string; socket?: string; port?: number };
        if (message.event === 'listen' && message.socket === 'http') {
          clearTimeout(timer);
          resolve({ url: `http://127.0.0.1:${message.port}`, output: () => output, stop });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited with ${code} before listening:\n${output}`));
    });
  });
}
