import { type ExitStatus, type ProcessGroupOptions, spawnProcessGroup } from './process-group.js';

/** Options of {@link startServerProcess}. */
export interface ServerProcessOptions extends Pick<ProcessGroupOptions, 'cwd' | 'env'> {
  /** The line the server prints once it listens; its first capture group is the server's URL. */
  listeningLine: RegExp;
  /** @default 20000 */
  timeoutMs?: number;
}

/** A server running in a process of its own; see {@link startServerProcess}. */
export interface ServerProcess {
  /** The URL the server printed, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Stops the process and everything it started, and resolves once it has exited. */
  stop(): Promise<ExitStatus>;
}

/**
 * Starts a server (a shop on Bun or Deno, the mock's CLI) in a process group of its own and resolves
 * once it prints `listeningLine`. Have the server listen on port 0 and print its address: the OS then
 * picks a free port and nothing can take it between the choice and the listen. Rejects with the
 * output, after stopping the process, when it exits first or does not listen within `timeoutMs`.
 */
export async function startServerProcess(
  command: string,
  args: readonly string[],
  options: ServerProcessOptions,
): Promise<ServerProcess> {
  const server = spawnProcessGroup(command, args, options);
  try {
    const [, url] = await server.waitForOutput(options.listeningLine, options.timeoutMs ?? 20_000);
    if (url === undefined) throw new Error(`${options.listeningLine} has no capture group for the URL`);
    return { url, output: server.output, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
