import { writeFileSync } from 'node:fs';
import { type BenchResult, RESULT_FILE_ENV } from './bench-result.js';

/**
 * Writes a benchmark's results where `pnpm bench` asked for them (the {@link RESULT_FILE_ENV}
 * variable); a benchmark run by hand just prints and skips this.
 */
export function writeResult(result: BenchResult): void {
  const file = process.env[RESULT_FILE_ENV];
  if (file) writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
