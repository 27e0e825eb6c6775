/**
 * The results a benchmark script hands to the report: ratios against one baseline per group, taken in
 * one run on one machine (absolute times vary between machines; ratios are what carry over).
 */
export interface BenchRow {
  /** Contender, e.g. `@ummah/core HttpClient` or `stripe-node 22`. */
  name: string;
  /** Throughput relative to the group's baseline (1 = as fast as the baseline; higher is faster). */
  ratio: number;
  /** Operations per second in this run, for the record. */
  perSecond?: number;
  /** Marks the row the targets are about (our package). */
  ours?: boolean;
  /** What was measured, as shown to the reader (e.g. `312 ms (IQR 298–340)`), when not ops/s. */
  measured?: string;
}

export interface BenchGroup {
  /** e.g. `HTTP GET, serial`. */
  name: string;
  /** The contender every ratio in the group is relative to. */
  baseline: string;
  rows: BenchRow[];
  /** Minimum ratio our row must reach, when the issue sets one. */
  target?: number;
  /** Header of the third column, for groups that report `measured` instead of ops/s. */
  column?: string;
}

export interface BenchResult {
  /** Short id of the suite: `http`, `webhooks`, `cold-start` or `edge-size`. */
  suite: string;
  title: string;
  /** How it was measured, in one or two sentences. */
  method: string;
  groups: BenchGroup[];
  /** Other figures worth recording (heap readings, bundle sizes). */
  notes: string[];
  /**
   * The day the suite was measured, when earlier than the page's date: `pnpm bench --only` measures
   * some suites again and keeps the others' results.
   */
  measuredOn?: string;
}

/** Environment variable through which the runner tells a benchmark script where to write its JSON. */
export const RESULT_FILE_ENV = 'BENCH_RESULT_FILE';
