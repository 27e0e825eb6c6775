import { STATEMENT_COLUMNS, type StatementCell } from './rows';

function escapeCell(value: StatementCell): string {
  const text = String(value);
  // RFC 4180 quoting, plus a leading quote for text a spreadsheet would run as a formula.
  const safe = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Renders statement rows as CSV: a header row, RFC 4180 quoting, CRLF line ends. */
export function renderStatementCsv(rows: readonly StatementCell[][]): string {
  const lines = [STATEMENT_COLUMNS.join(','), ...rows.map((row) => row.map(escapeCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
