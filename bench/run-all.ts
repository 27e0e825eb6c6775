/**
 * `pnpm bench`: runs every benchmark suite in its own process (so one suite's garbage and JIT state
 * cannot colour the next), collects their results and writes docs/benchmarks.md with an SVG chart.
 * Expects the packages to be built (`pnpm build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, type as osType, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchResult, RESULT_FILE_ENV } from './report/bench-result.js';
import { renderChart } from './report/render-chart.js';
import { renderMarkdown } from './report/render-markdown.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const docsDir = join(benchDir, '..', 'docs');
const suites = [
  { id: 'http', args: ['--expose-gc', 'http/http.bench.ts'] },
  { id: 'webhooks', args: ['webhooks/verify.bench.ts'] },
];

const scratch = mkdtempSync(join(tmpdir(), 'ummah-bench-'));
const results: BenchResult[] = [];
for (const suite of suites) {
  const resultFile = join(scratch, `${suite.id}.json`);
  console.log(`\n=== ${suite.id} ===`);
  execFileSync(join(benchDir, 'node_modules', '.bin', 'tsx'), suite.args, {
    cwd: benchDir,
    stdio: 'inherit',
    env: { ...process.env, [RESULT_FILE_ENV]: resultFile },
  });
  results.push(JSON.parse(readFileSync(resultFile, 'utf8')) as BenchResult);
}

const cpuList = cpus();
const machine = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: cpuList[0]?.model.trim() ?? 'unknown',
  cores: cpuList.length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
};
writeFileSync(join(docsDir, 'benchmarks.svg'), renderChart(results));
writeFileSync(join(docsDir, 'benchmarks.md'), renderMarkdown(results, machine, 'benchmarks.svg'));
console.log(`\nwrote ${join(docsDir, 'benchmarks.md')} and benchmarks.svg`);
