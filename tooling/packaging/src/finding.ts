/** How serious a finding is. `error` and `warning` fail the release check; `note` is printed only. */
export type Severity = 'error' | 'warning' | 'note';

/** One thing a check found about one package. */
export interface Finding {
  /** Which tool or rule produced it, e.g. `publint`, `attw`, `manifest`. */
  readonly source: string;
  readonly severity: Severity;
  /** A short stable identifier (publint/attw code, or the manifest rule name). */
  readonly code: string;
  /** A sentence a maintainer can act on. */
  readonly message: string;
}

/**
 * Whether any of `findings` fails the release check.
 *
 * @example
 * isBlocking([{ source: 'publint', severity: 'note', code: 'USE_TYPE', message: '…' }]); // false
 */
export function isBlocking(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity !== 'note');
}

/**
 * Formats findings one per line, for test failure messages and the CLI.
 *
 * @example
 * formatFindings(findings); // "  error   publint FILE_DOES_NOT_EXIST: pkg.types is …"
 */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((finding) => `  ${finding.severity.padEnd(7)} ${finding.source} ${finding.code}: ${finding.message}`)
    .join('\n');
}
