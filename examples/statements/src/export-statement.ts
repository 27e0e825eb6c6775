import type { CompanyStatement, Ummah } from '@ummah/payments';
import { type WrittenStatement, writeStatementToFile } from '@ummah/payments/node';

/** Options of {@link exportStatement}. */
export interface ExportStatementOptions {
  /** Where to save the file; it appears only once complete (no half-written statements). */
  path: string;
  /** File format. @default 'csv' */
  format?: 'csv' | 'xlsx';
  /** Time zone of the timestamps in the file. @default 'UTC' */
  timezone?: string;
  /**
   * How often to check whether the gateway has generated it, in ms. Generation takes seconds to
   * minutes on the real gateway, so the default is gentle.
   * @default 2000
   */
  pollInterval?: number;
  /** Stop waiting and downloading. */
  signal?: AbortSignal;
}

/** What {@link exportStatement} produced. */
export interface ExportedStatement extends WrittenStatement {
  statement: CompanyStatement;
}

/**
 * Schedules a company statement, waits until the gateway has generated it, and streams the file to
 * disk with constant memory.
 *
 * @example
 * const { path, bytes } = await exportStatement(ummah, { path: './statement.csv' });
 */
export async function exportStatement(
  ummah: Ummah,
  options: ExportStatementOptions,
): Promise<ExportedStatement> {
  const statement = await ummah.statements.createAndWait(
    { format: options.format ?? 'csv', timezone: options.timezone ?? 'UTC' },
    { pollInterval: options.pollInterval, signal: options.signal },
  );
  const written = await writeStatementToFile(
    ummah.statements.download(statement, { signal: options.signal }),
    options.path,
    { signal: options.signal },
  );
  return { ...written, statement };
}
