import type { BenchResult } from './bench-result.js';

/** What the reader needs to judge the numbers: where and how they were taken. */
export interface MachineInfo {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
}

const ratioCell = (ratio: number, target: number | undefined, ours: boolean | undefined): string => {
  const text = `${ratio.toFixed(2)}×`;
  if (!ours || target === undefined) return text;
  return ratio >= target
    ? `**${text}** (target ≥ ${target}×: met)`
    : `**${text}** (target ≥ ${target}×: missed)`;
};

/** Renders `docs/benchmarks.md` from the suites' results. */
export function renderMarkdown(
  results: readonly BenchResult[],
  machine: MachineInfo,
  chartFile: string,
): string {
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `pnpm bench` (bench/run-all.ts); edit the benchmarks, not this file. -->',
    '',
    'The SDK side by side with raw platform calls and peer SDKs (throughput, cold start, bundle size), measured',
    'in one run on one machine. Absolute figures vary between machines, so every figure is a ratio to a baseline',
    'measured in the same run: 1.00× is as good as the baseline, higher is better (faster, or smaller).',
    '',
    `![Benchmark ratios](${chartFile})`,
    '',
    'Repeated runs of the same build on a 2-core machine that is doing other work differ by up to about ±10% in',
    'these ratios (the HTTP serial ratio has been seen between 0.85× and 0.99× on the same day), so compare',
    'several runs before reading much into a single digit.',
    '',
    '## Machine',
    '',
    `- Date: ${machine.date}`,
    `- Node: ${machine.node}`,
    `- CPU: ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB memory`,
    `- OS: ${machine.os}`,
    '',
  ];
  for (const result of results) {
    lines.push(`## ${result.title}`, '', result.method, '');
    if (result.measuredOn !== undefined && result.measuredOn !== machine.date) {
      lines.push(
        `Measured on ${result.measuredOn} (same machine); the other suites were measured again later.`,
        '',
      );
    }
    for (const group of result.groups) {
      lines.push(`### ${group.name}`, '', `Baseline: ${group.baseline}.`, '');
      lines.push(`| contender | ratio | ${group.column ?? 'ops/s in this run'} |`, '| --- | --- | --- |');
      for (const row of group.rows) {
        const figure =
          row.measured ??
          (row.perSecond === undefined ? '' : Math.round(row.perSecond).toLocaleString('en-US'));
        lines.push(`| ${row.name} | ${ratioCell(row.ratio, group.target, row.ours)} | ${figure} |`);
      }
      lines.push('');
    }
    if (result.notes.length > 0) {
      lines.push(...result.notes.map((note) => `- ${note}`), '');
    }
  }
  lines.push(
    '## Reproduce',
    '',
    '```sh',
    'pnpm build && pnpm bench',
    '```',
    '',
    'Each suite can also be run alone: `pnpm --filter @ummah/bench bench:http`, `bench:webhooks`, `bench:cold-start`, `bench:edge-size`.',
    '',
  );
  return lines.join('\n');
}
