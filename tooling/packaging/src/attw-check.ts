import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Finding } from './finding.js';
import { runCommand } from './run-command.js';
import { CHECKS_ROOT } from './workspace.js';

/** One problem as attw's JSON report lists it under `analysis.problems`. */
interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
  readonly [detail: string]: unknown;
}

interface AttwReport {
  readonly analysis: { readonly types: unknown; readonly problems?: readonly AttwProblem[] };
}

/**
 * The resolution modes attw's `node16` profile ignores. That profile fits dual ESM+CJS packages
 * for Node ≥ 20: it checks `node16` from ESM and from CJS and `bundler`. TypeScript's legacy
 * `moduleResolution: "node"` (node10) cannot read `exports` at all; what it sees of subpaths is
 * still reported, as a note.
 */
const ADVISORY_RESOLUTIONS: ReadonlySet<string> = new Set<string>();

function attwBin(): string {
  const require = createRequire(join(CHECKS_ROOT, 'package.json'));
  const manifestPath = require.resolve('@arethetypeswrong/cli/package.json');
  const { bin } = require(manifestPath) as { bin: Readonly<Record<string, string>> };
  return join(dirname(manifestPath), bin.attw!);
}

function describeProblem(problem: AttwProblem): string {
  const where = [problem.entrypoint ?? '', problem.resolutionKind ? `(${problem.resolutionKind})` : '']
    .filter(Boolean)
    .join(' ');
  const docs = `https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`;
  return `${where || 'package'}: ${problem.kind}, see ${docs}`;
}

/**
 * Runs "Are the types wrong?" (`attw`) on a packed tarball and turns its JSON report into
 * findings: every problem in a `node16`/`bundler` resolution blocks the release; `node10`
 * problems are notes (see {@link ADVISORY_RESOLUTIONS}).
 *
 * @example
 * const findings = await checkTypesOfTarball('/tmp/ummah-core-0.1.0.tgz');
 */
export async function checkTypesOfTarball(tarball: string): Promise<Finding[]> {
  const result = await runCommand(process.execPath, [attwBin(), tarball, '--format', 'json'], {
    cwd: dirname(tarball),
  });
  let report: AttwReport;
  try {
    report = JSON.parse(result.stdout) as AttwReport;
  } catch {
    return [
      {
        source: 'attw',
        severity: 'error',
        code: 'REPORT_UNREADABLE',
        message: `attw exited with ${result.exitCode} without a JSON report: ${(result.stderr || result.stdout).trim()}`,
      },
    ];
  }
  if (report.analysis.types === false) {
    return [
      {
        source: 'attw',
        severity: 'error',
        code: 'NoTypes',
        message: 'the tarball contains no type declarations (were the d.ts files built before packing?)',
      },
    ];
  }
  return (report.analysis.problems ?? []).map((problem) => ({
    source: 'attw',
    severity: problem.resolutionKind && ADVISORY_RESOLUTIONS.has(problem.resolutionKind) ? 'note' : 'error',
    code: problem.kind,
    message: describeProblem(problem),
  }));
}
