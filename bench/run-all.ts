/**
 * `pnpm bench`: runs every benchmark suite in its own process (so one suite's garbage and JIT state
 * cannot colour the next), collects their results and writes docs/benchmarks.md with an SVG chart.
 * Expects the packages to be built (`pnpm build`). The raw figures go to docs/benchmarks.json;
 * `pnpm bench --render-only` redraws the page and chart from them without measuring again, and
 * `pnpm bench --only cold-start,edge-size` measures the named suites again and keeps the others'
 * figures from docs/benchmarks.json (the page says when each suite was measured last).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, type as osType, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchResult, RESULT_FILE_ENV } from './report/bench-result.js';
import { renderChart } from './report/render-chart.js';
import { type MachineInfo, renderMarkdown } from './report/render-markdown.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const docsDir = join(benchDir, '..', 'docs');
const suites = [
  { id: 'http', args: ['--expose-gc', 'http/http.bench.ts'] },
  { id: 'webhooks', args: ['webhooks/verify.bench.ts'] },
  { id: 'cold-start', args: ['cold-start/cold-start.bench.ts'] },
  { id: 'edge-size', args: ['edge-size/edge-size.bench.ts'] },
];

const rawFile = join(docsDir, 'benchmarks.json');

/** The suites named by `--only a,b`, or every suite. */
function selectedSuites(): typeof suites {
  const at = process.argv.indexOf('--only');
  if (at === -1) return suites;
  const ids = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = ids.filter((id) => !suites.some((suite) => suite.id === id));
  if (ids.length === 0 || unknown.length > 0)
    throw new Error(`--only takes suite ids among ${suites.map((s) => s.id).join(', ')}`);
  return suites.filter((suite) => ids.includes(suite.id));
}

function measure(selected: typeof suites): BenchResult[] {
  const scratch = mkdtempSync(join(tmpdir(), 'ummah-bench-'));
  const results: BenchResult[] = [];
  for (const suite of selected) {
    const resultFile = join(scratch, `${suite.id}.json`);
    console.log(`\n=== ${suite.id} ===`);
    // `tsx` comes from the workspace root's devDependencies, on PATH under `pnpm bench`.
    execFileSync('tsx', suite.args, {
      cwd: benchDir,
      stdio: 'inherit',
      env: { ...process.env, [RESULT_FILE_ENV]: resultFile },
    });
    results.push(JSON.parse(readFileSync(resultFile, 'utf8')) as BenchResult);
  }
  return results;
}

function describeMachine(): MachineInfo {
  const cpuList = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
  };
}

type Run = { results: BenchResult[]; machine: MachineInfo };
const recorded = (): Run => JSON.parse(readFileSync(rawFile, 'utf8')) as Run;

/** Measures the selected suites; with `--only`, the other suites keep their recorded results, in suite order. */
function measureSelected(): Run {
  const selected = selectedSuites();
  const fresh = measure(selected);
  if (selected.length === suites.length) return { results: fresh, machine: describeMachine() };
  const previous = recorded();
  const results = suites.flatMap((suite) => {
    const measured = fresh.find((r) => r.suite === suite.id);
    if (measured !== undefined) return [measured];
    const kept = previous.results.find((r) => r.suite === suite.id);
    return kept === undefined ? [] : [{ ...kept, measuredOn: kept.measuredOn ?? previous.machine.date }];
  });
  return { results, machine: describeMachine() };
}

const run = process.argv.includes('--render-only') ? recorded() : measureSelected();
writeFileSync(rawFile, `${JSON.stringify(run, null, 2)}\n`);
writeFileSync(join(docsDir, 'benchmarks.svg'), renderChart(run.results));
writeFileSync(join(docsDir, 'benchmarks.md'), renderMarkdown(run.results, run.machine, 'benchmarks.svg'));
console.log(`\nwrote ${join(docsDir, 'benchmarks.md')}, benchmarks.svg and benchmarks.json`);
