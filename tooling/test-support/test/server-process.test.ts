import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MACHINE_NODE, startServerProcess } from '../src/index.js';

/** A server that also starts a child of its own, which must not outlive it. */
const SERVER_WITH_A_CHILD = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const server = require('node:http').createServer((_req, res) => res.end(String(child.pid)));
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

/** Whether `pid` is alive: a killed process whose parent died stays a zombie until init reaps it. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('startServerProcess', () => {
  it('resolves with the URL the server prints, and stopping it stops what it started too', async () => {
    const server = await startServerProcess(MACHINE_NODE.executable, ['-e', SERVER_WITH_A_CHILD], {
      listeningLine: /listening on (http:\/\/\S+)/,
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const grandchild = Number(await (await fetch(server.url)).text());
    expect(isRunning(grandchild)).toBe(true);
    expect(await server.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    await expect.poll(() => isRunning(grandchild)).toBe(false);
  });

  it('rejects with the output when the server exits before it listens', async () => {
    await expect(
      startServerProcess(MACHINE_NODE.executable, ['-e', 'console.error("port in use"); process.exit(3)'], {
        listeningLine: /listening on (\S+)/,
      }),
    ).rejects.toThrow(/exited \(3\) before printing .*\n.*port in use/s);
  });

  it('rejects and stops the server when it does not listen in time', async () => {
    await expect(
      startServerProcess(MACHINE_NODE.executable, ['-e', 'setInterval(() => {}, 1000)'], {
        listeningLine: /listening on (\S+)/,
        timeoutMs: 200,
      }),
    ).rejects.toThrow(/printed nothing matching/);
  });
});
