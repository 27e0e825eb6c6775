import { type ChildProcess, spawn } from 'node:child_process';

/** How a process ended. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Options of {@link spawnProcessGroup}. */
export interface ProcessGroupOptions {
  /** @default the current directory */
  cwd?: string;
  /** Variables added to the parent's environment. */
  env?: Record<string, string>;
  /**
   * Opens file descriptor 3 as a pipe the process reports on (`workerd --control-fd 3`); read it
   * from `child.stdio[3]`.
   * @default false
   */
  controlPipe?: boolean;
  /**
   * How long {@link ProcessGroup.stop} waits after SIGTERM before it sends SIGKILL.
   * @default 5000
   */
  killAfterMs?: number;
}

/** A process started in a process group of its own; see {@link spawnProcessGroup}. */
export interface ProcessGroup {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr as they came. */
  output(): string;
  /** Settles when the process has exited (or could not be started). */
  readonly exited: Promise<ExitStatus>;
  /**
   * Resolves with the first match of `pattern` in the output. Rejects with the output when the process
   * exits first or nothing matches within `timeoutMs`; the process is left running then.
   */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /**
   * Sends SIGTERM to the whole group (SIGKILL if it is still running after `killAfterMs`) and resolves
   * once the process has exited.
   */
  stop(): Promise<ExitStatus>;
}

/**
 * Starts `command` as the leader of a new process group, so that stopping it also stops whatever it
 * started (a runtime's workers, a shell's children) and nothing is left running after a test.
 */
export function spawnProcessGroup(
  command: string,
  args: readonly string[],
  options: ProcessGroupOptions = {},
): ProcessGroup {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.controlPipe ? (['pipe'] as const) : [])],
    detached: true,
  });
  let output = '';
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      output += `\n${command} could not be started: ${error.message}`;
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      // A negative pid addresses the process group the child leads.
      process.kill(-(child.pid as number), signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };

  return {
    child,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          finish();
          resolve(match);
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`${command} printed nothing matching ${pattern} in ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.stderr?.off('data', check);
        };
        child.stdout?.on('data', check);
        child.stderr?.on('data', check);
        void exited.then(({ code, signal }) => {
          finish();
          reject(new Error(`${command} exited (${signal ?? code}) before printing ${pattern}:\n${output}`));
        });
        check();
      });
    },
    async stop() {
      if (running()) {
        signalGroup('SIGTERM');
        const kill = setTimeout(() => signalGroup('SIGKILL'), options.killAfterMs ?? 5000);
        await exited;
        clearTimeout(kill);
      }
      return exited;
    },
  };
}
