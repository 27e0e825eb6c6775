#!/usr/bin/env node
// Runs a command with its output held back: one line when it starts, nothing more when it succeeds,
// and everything it printed when it fails. `pnpm demo` and `pnpm mock` build the packages this way,
// so what a newcomer sees is the demo, not a hundred lines of build logs.
//
//   node tooling/quiet-run.mjs "Building the packages" pnpm build
import { spawn } from 'node:child_process';

const [label, command, ...args] = process.argv.slice(2);
if (!label || !command) {
  process.stderr.write('usage: node tooling/quiet-run.mjs <label> <command> [args…]\n');
  process.exit(2);
}

process.stdout.write(`${label}…\n`);
const started = Date.now();
const chunks = [];
const child = spawn(command, args, {
  stdio: ['ignore', 'pipe', 'pipe'],
  shell: process.platform === 'win32',
});
child.stdout.on('data', (chunk) => chunks.push(chunk));
child.stderr.on('data', (chunk) => chunks.push(chunk));
child.on('error', (error) => {
  process.stderr.write(`${label} failed: ${error.message}\n`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (code === 0) {
    process.stdout.write(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return;
  }
  process.stderr.write(Buffer.concat(chunks));
  process.stderr.write(`${label} failed (${signal ?? `exit code ${code}`}); its output is above.\n`);
  process.exit(code ?? 1);
});
