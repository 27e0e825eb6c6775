#!/usr/bin/env node
// `redocly lint` with the Node 20 end-of-life banner left out. Redocly CLI 2.x prints that boxed
// notice on every run under Node 20 and offers no switch for it (REDOCLY_SUPPRESS_UPDATE_NOTICE and
// REDOCLY_SUPPRESS_NOTIFICATIONS only silence its update announcements, which are set here too).
// Node 20 is this project's supported floor, so the notice is noise in every lint run. Everything
// else redocly prints, and its exit code, passes through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

const child = spawn(process.execPath, [cli, 'lint', ...process.argv.slice(2)], {
  stdio: ['ignore', 'inherit', 'pipe'],
  env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
});

let pending = '';
let box = [];
function emit(line) {
  if (box.length > 0 || line.includes('╔')) {
    box.push(line);
    if (!line.includes('╚')) return;
    const text = box.join('\n');
    box = [];
    // Only the Node end-of-life notice is dropped; any other box redocly draws is shown.
    if (/Node\.js 20 support is ending/.test(text)) return;
    process.stderr.write(`${text}\n`);
    return;
  }
  process.stderr.write(`${line}\n`);
}
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) emit(line);
});
child.on('close', (code, signal) => {
  if (pending) emit(pending);
  if (box.length > 0) process.stderr.write(`${box.join('\n')}\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
