import type { Readable } from 'node:stream';
import { type ExitStatus, type ProcessGroupOptions, spawnProcessGroup } from './process-group.js';
import { installedRuntime } from './runtimes.js';

/** Options of {@link startWorkerd}. */
export interface WorkerdOptions extends Pick<ProcessGroupOptions, 'cwd' | 'env'> {
  /** Names of the config's sockets to serve; each is bound to a free loopback port. */
  sockets: readonly string[];
  /** @default 20000 */
  timeoutMs?: number;
}

/** workerd serving a config; see {@link startWorkerd}. */
export interface WorkerdProcess {
  /** `http://127.0.0.1:<port>` of one of the sockets. */
  url(socket: string): string;
  /** Everything workerd printed so far. */
  output(): string;
  /** Stops workerd and resolves once it has exited. */
  stop(): Promise<ExitStatus>;
}

/** One line workerd writes on its control descriptor. */
interface ControlMessage {
  event?: string;
  socket?: string;
  port?: number;
}

/**
 * Serves `config` (a capnp file; relative `embed` paths are read from its folder) with the installed
 * workerd and resolves once every socket in `sockets` listens. Each socket is bound to port 0 on
 * 127.0.0.1 whatever the config says, and workerd reports the port it got on a control descriptor
 * (fd 3) when it is ready: no port is guessed and nothing polls.
 */
export function startWorkerd(config: string, options: WorkerdOptions): Promise<WorkerdProcess> {
  const addresses = options.sockets.flatMap((socket) => ['--socket-addr', `${socket}=127.0.0.1:0`]);
  const workerd = spawnProcessGroup(
    installedRuntime('workerd').executable,
    ['serve', config, ...addresses, '--control-fd', '3'],
    { cwd: options.cwd, env: options.env, controlPipe: true },
  );
  const ports = new Map<string, number>();
  const started: WorkerdProcess = {
    url(socket) {
      const port = ports.get(socket);
      if (port === undefined) throw new Error(`workerd serves no socket named ${socket}`);
      return `http://127.0.0.1:${port}`;
    },
    output: workerd.output,
    stop: workerd.stop,
  };

  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      void workerd.stop();
      reject(new Error(`workerd ${reason}:\n${workerd.output()}`));
    };
    const timer = setTimeout(() => fail('did not start listening in time'), options.timeoutMs ?? 20_000);
    void workerd.exited.then(({ code, signal }) => fail(`exited (${signal ?? code}) before listening`));
    let control = '';
    (workerd.child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      control += chunk.toString();
      const lines = control.split('\n');
      control = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as ControlMessage;
        if (message.event === 'listen' && message.socket !== undefined && message.port !== undefined)
          ports.set(message.socket, message.port);
      }
      if (options.sockets.every((socket) => ports.has(socket))) {
        clearTimeout(timer);
        resolve(started);
      }
    });
  });
}
