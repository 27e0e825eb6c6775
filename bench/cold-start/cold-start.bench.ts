/**
 * Cold-start benchmark (not a test): what a serverless or edge function pays on a cold process.
 * Each sample is a whole new process on Node 22 that imports one SDK, creates its client with the
 * defaults (request validation on), sends one GET to a loopback server and exits; the wall time is
 * taken from spawn to exit, and the process reports its own peak RSS.
 *
 *   pnpm --filter @ummah/bench exec tsx cold-start/cold-start.bench.ts
 *
 * Contenders alternate within each round (order rotated per round), so a change in machine load
 * touches all of them alike; medians are reported with the interquartile spread.
 * Tunables: BENCH_COLD_ROUNDS.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installedRuntime } from '@ummah/test-support/runtimes';
import { startLoopbackServer } from '../http/loopback-server.js';
import type { BenchGroup, BenchRow } from '../report/bench-result.js';
import { writeResult } from '../report/write-result.js';

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 21);
const node22 = installedRuntime('node22');

const contenders = [
  { name: '@ummah/payments', script: 'ummah.mjs', ours: true },
  // The provider clients are held to the same targets; each sends one validated create.
  { name: '@ummah/plumaas', script: 'plumaas.mjs', ours: true },
  { name: '@ummah/plexos', script: 'plexos.mjs', ours: true },
  { name: '@ummah/plugipay', script: 'plugipay.mjs', ours: true },
  { name: '@ummah/pebblepay', script: 'pebblepay.mjs', ours: true },
  { name: 'stripe-node 22', script: 'stripe.mjs' },
  { name: 'openai-node 6', script: 'openai.mjs' },
  { name: 'fetch (raw, the floor)', script: 'fetch.mjs' },
] as const;

interface Sample {
  wallMs: number;
  maxRssKiB: number;
}

/** Runs one contender in a new process and measures it. */
function sample(script: string, origin: string): Promise<Sample> {
  const file = fileURLToPath(new URL(`./contenders/${script}`, import.meta.url));
  const started = performance.now();
  const child = spawn(node22.executable, [file], {
    env: { ...process.env, ORIGIN: origin },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      const { maxRssKiB } = JSON.parse(stdout) as { maxRssKiB: number };
      resolve({ wallMs, maxRssKiB });
    });
  });
}

/** The value at quantile `q` (0..1) of `values`. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

const server = await startLoopbackServer(0, 1);
const samples = new Map<string, Sample[]>(contenders.map((c) => [c.name, []]));
try {
  // One unmeasured round warms the disk cache for every contender.
  for (const contender of contenders) await sample(contender.script, server.origin);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(round + i) % contenders.length] as (typeof contenders)[number];
      samples.get(contender.name)?.push(await sample(contender.script, server.origin));
    }
  }
} finally {
  await server.stop();
}

const summary = contenders.map((contender) => {
  const list = samples.get(contender.name) ?? [];
  const wall = list.map((s) => s.wallMs);
  const rss = list.map((s) => s.maxRssKiB / 1024);
  return {
    ...contender,
    wallMedian: quantile(wall, 0.5),
    wallSpread: `${quantile(wall, 0.25).toFixed(0)}–${quantile(wall, 0.75).toFixed(0)}`,
    rssMedian: quantile(rss, 0.5),
  };
});
const peers = summary.filter((s) => s.name.startsWith('stripe') || s.name.startsWith('openai'));
const fasterPeer = peers.reduce((best, s) => (s.wallMedian < best.wallMedian ? s : best));
const stripe = summary.find((s) => s.name.startsWith('stripe')) ?? fasterPeer;

// Ratios read "higher is better": the baseline's figure divided by the contender's.
const wallRows: BenchRow[] = summary.map((s) => ({
  name: s.name,
  ratio: fasterPeer.wallMedian / s.wallMedian,
  measured: `${s.wallMedian.toFixed(0)} ms (IQR ${s.wallSpread})`,
  ...(s.name.startsWith('@ummah/') ? { ours: true } : {}),
}));
const rssRows: BenchRow[] = summary.map((s) => ({
  name: s.name,
  ratio: stripe.rssMedian / s.rssMedian,
  measured: `${s.rssMedian.toFixed(1)} MiB`,
  ...(s.name.startsWith('@ummah/') ? { ours: true } : {}),
}));
const groups: BenchGroup[] = [
  {
    name: 'Cold start: process start to first response',
    baseline: `${fasterPeer.name} (the faster peer in this run); ratio = its median wall time ÷ the contender's`,
    rows: wallRows,
    // ≤ 0.9× the faster peer's wall time.
    target: 1.11,
    column: 'median wall time',
  },
  {
    name: 'Cold start: peak RSS',
    baseline: `${stripe.name}; ratio = its median peak RSS ÷ the contender's`,
    rows: rssRows,
    target: 1,
    column: 'median peak RSS',
  },
];

for (const group of groups) {
  console.log(`\n${group.name}`);
  for (const row of group.rows)
    console.log(`  ${row.name.padEnd(26)} ${row.ratio.toFixed(2)}×  ${row.measured}`);
}

writeResult({
  suite: 'cold-start',
  title: 'Cold start',
  method: `Each sample is a new Node ${node22.version} process that imports the SDK, creates a client with its defaults (request validation on), sends one request to a loopback server (a GET for @ummah/payments and the peers, a create whose body is validated for the provider clients) and exits; wall time from spawn to exit, peak RSS as the process reports it. ${ROUNDS} rounds, contenders alternated (order rotated each round) after one unmeasured warm-up round; medians with the interquartile range.`,
  groups,
  notes: [],
});
