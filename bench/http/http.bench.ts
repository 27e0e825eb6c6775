/**
 * HTTP engine benchmark (not a test): one loopback server, a resource-like GET through
 * @ummah/core's HttpClient vs raw undici.request, raw fetch, stripe-node and openai-node, serial
 * and 32-concurrent; then auto-pagination over 100 000 items with heap readings.
 *
 *   pnpm --filter @ummah/bench exec tsx --expose-gc http/http.bench.ts
 *
 * Each contender runs in interleaved rounds (order rotated per round); ratios are taken within a
 * round and the median across rounds is reported, so drift in machine load affects all alike.
 * Tunables: BENCH_ROUNDS, BENCH_SERIAL_OPS, BENCH_CONCURRENT_OPS.
 */
import { HttpClient, path } from '@ummah/core';
import OpenAI from 'openai';
import Stripe from 'stripe';
import { Agent, request } from 'undici';
import type { BenchGroup } from '../report/bench-result.js';
import { writeResult } from '../report/write-result.js';
import { startLoopbackServer } from './loopback-server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SERIAL_OPS = Number(process.env.BENCH_SERIAL_OPS ?? 500);
const CONCURRENT_OPS = Number(process.env.BENCH_CONCURRENT_OPS ?? 2000);
const CONCURRENCY = 32;
const PAGE_TOTAL = 100_000;
const PER_PAGE = 100;

type Call = () => Promise<unknown>;

const server = await startLoopbackServer(PAGE_TOTAL, PER_PAGE);
const { origin } = server;
const port = Number(new URL(origin).port);
const KEY = 'sk_test_bench000000000000';
const ID = 'd6c4f3a2-8b1e-4f0a-9c3d-2e5b7a9f1c00';

const sdk = new HttpClient({ baseURL: `${origin}/api/v1`, apiKey: KEY, userAgent: 'ummah-node/0.1.0' });
const agent = new Agent({ keepAliveTimeout: 30_000 });
const stripe = new Stripe(KEY, {
  host: '127.0.0.1',
  port,
  protocol: 'http',
  maxNetworkRetries: 0,
  telemetry: false,
});
const openai = new OpenAI({ apiKey: KEY, baseURL: `${origin}/v1`, maxRetries: 0 });
const authHeaders = { authorization: `Bearer ${KEY}`, accept: 'application/json' };

const contenders: Record<string, Call> = {
  'undici.request (raw)': async () => {
    const res = await request(`${origin}/api/v1/purchases/${ID}/`, {
      headers: authHeaders,
      dispatcher: agent,
    });
    return res.body.json();
  },
  '@ummah/core HttpClient': () => sdk.request({ method: 'GET', path: path`/purchases/${ID}/` }),
  'fetch (raw)': async () => {
    const res = await fetch(`${origin}/api/v1/purchases/${ID}/`, { headers: authHeaders });
    return res.json();
  },
  'stripe-node 22': () => stripe.customers.retrieve('cus_bench'),
  'openai-node 6': () => openai.models.retrieve('model-bench'),
};

/** One batch: throughput and the client process's CPU time per request. */
interface Sample {
  opsPerSec: number;
  cpuMicrosPerOp: number;
}

async function runBatch(call: Call, ops: number, concurrency: number): Promise<Sample> {
  let remaining = ops;
  const worker = async (): Promise<void> => {
    while (remaining-- > 0) await call();
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { opsPerSec: ops / seconds, cpuMicrosPerOp: (used.user + used.system) / ops };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const BASELINE = 'undici.request (raw)';
const OURS = '@ummah/core HttpClient';

/**
 * Runs every contender in `ROUNDS` rounds of one batch each, rotating the order per round. Ratios
 * are taken within a round (neighbouring batches) and then the median across rounds, which keeps
 * the figures stable on a machine whose load drifts.
 */
async function measure(mode: 'serial' | 'concurrent'): Promise<BenchGroup> {
  const names = Object.keys(contenders);
  const concurrency = mode === 'serial' ? 1 : CONCURRENCY;
  const ops = mode === 'serial' ? SERIAL_OPS : CONCURRENT_OPS;
  for (const name of names) await runBatch(contenders[name] as Call, ops, concurrency); // warm-up: JIT, sockets
  const samples = new Map<string, Sample[]>(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] as string;
      samples.get(name)?.push(await runBatch(contenders[name] as Call, ops, concurrency));
    }
  }
  const base = samples.get(BASELINE) ?? [];
  console.log(
    `\n${mode === 'serial' ? 'serial' : `concurrent ×${CONCURRENCY}`} (${ROUNDS} rounds × ${ops} requests, medians)`,
  );
  console.log(
    `${'contender'.padEnd(26)}${'req/s'.padStart(9)}${'throughput ratio'.padStart(19)}${'CPU µs/req'.padStart(13)}${'CPU ratio'.padStart(12)}`,
  );
  const rows: BenchGroup['rows'] = [];
  for (const name of names) {
    const mine = samples.get(name) ?? [];
    const speed = median(mine.map((s, r) => s.opsPerSec / (base[r]?.opsPerSec ?? Number.NaN)));
    const perSecond = median(mine.map((s) => s.opsPerSec));
    rows.push({ name, ratio: speed, perSecond, ...(name === OURS ? { ours: true } : {}) });
    const cpu = median(mine.map((s, r) => (base[r]?.cpuMicrosPerOp ?? Number.NaN) / s.cpuMicrosPerOp));
    console.log(
      `${name.padEnd(26)}${median(mine.map((s) => s.opsPerSec))
        .toFixed(0)
        .padStart(9)}${`${speed.toFixed(2)}×`.padStart(19)}` +
        `${median(mine.map((s) => s.cpuMicrosPerOp))
          .toFixed(1)
          .padStart(13)}${`${cpu.toFixed(2)}×`.padStart(12)}`,
    );
  }
  return {
    name: mode === 'serial' ? 'HTTP GET, serial' : `HTTP GET, ${CONCURRENCY} concurrent`,
    baseline: BASELINE,
    target: 0.9,
    rows,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function paginate(): Promise<string> {
  const before = heapMB();
  let peak = before;
  let count = 0;
  const start = performance.now();
  for await (const item of sdk.requestPage<{ id: string }>({ method: 'GET', path: '/clients/' })) {
    if (item.id === '') throw new Error('unexpected item');
    count++;
    if (count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed / 1024 / 1024);
  }
  const seconds = (performance.now() - start) / 1000;
  const after = heapMB();
  console.log(
    `\nauto-pagination: ${count} items over ${PAGE_TOTAL / PER_PAGE} pages in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `heap used: before ${before.toFixed(1)} MB, peak sampled ${peak.toFixed(1)} MB, after ${after.toFixed(1)} MB` +
      (gc === undefined ? ' (run with --expose-gc for settled readings)' : ' (after gc)'),
  );
  return `Auto-pagination over ${count.toLocaleString('en-US')} items (${PAGE_TOTAL / PER_PAGE} pages) took ${seconds.toFixed(2)} s; heap used ${before.toFixed(1)} MB before, ${peak.toFixed(1)} MB at the highest sample, ${after.toFixed(1)} MB after (flat: pages are not retained).`;
}

console.log(`node ${process.version}, loopback ${origin}, concurrency ${CONCURRENCY}`);
console.log('ratios are vs raw undici.request; CPU ratio > 1 means less client CPU per request than raw');
const serial = await measure('serial');
const concurrent = await measure('concurrent');
const pagination = await paginate();
writeResult({
  suite: 'http',
  title: 'HTTP engine (@ummah/core)',
  method: `One loopback server (a child process) answering the same purchase-like JSON object to every GET; each contender fetches and parses it. Contenders run in ${ROUNDS} interleaved rounds with the order rotated per round; each ratio is the median of per-round ratios to raw undici.request.`,
  groups: [serial, concurrent],
  notes: [pagination],
});
await agent.close();
await server.stop();
process.exit(0);
