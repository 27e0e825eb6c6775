import { execFile } from 'node:child_process';

/** What a finished child process left behind. */
export interface CommandResult {
  /** Exit code; `null` when the process was killed by a signal. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link runCommand}. */
export interface RunCommandOptions {
  /** Working directory of the child. */
  readonly cwd: string;
  /** Environment variables, merged over the current environment unless `inheritEnv` is false. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Start from the current environment.
   * @default true
   */
  readonly inheritEnv?: boolean;
  /**
   * Kill the child after this many milliseconds.
   * @default 180_000
   */
  readonly timeoutMs?: number;
}

/**
 * Runs a command without a shell and resolves with its exit code and output, whatever the exit code:
 * the checks read tools' JSON reports, which several tools print while exiting non-zero.
 * Rejects only when the command cannot be started at all (for example, it is not installed).
 *
 * @example
 * const { exitCode, stdout } = await runCommand('pnpm', ['--version'], { cwd: process.cwd() });
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: {
          ...(options.inheritEnv === false ? {} : process.env),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          ...options.env,
        },
        timeout: options.timeoutMs ?? 180_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code === 'string') {
          // A string code (ENOENT, EACCES…) means the process never ran; a numeric one is its exit code.
          reject(new Error(`could not run ${command}: ${error.message}`, { cause: error }));
          return;
        }
        resolve({
          exitCode: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

/**
 * Like {@link runCommand}, but rejects with the command's output when it exits non-zero.
 *
 * @example
 * await runCommandOrThrow('npm', ['install'], { cwd: appDir });
 */
export async function runCommandOrThrow(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.exitCode} in ${options.cwd}\n${result.stdout}\n${result.stderr}`.trim(),
    );
  }
  return result;
}
