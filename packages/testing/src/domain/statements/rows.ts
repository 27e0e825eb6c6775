import type { PurchaseRecord } from '../records';

/** The columns of a statement, in order. */
export const STATEMENT_COLUMNS = [
  'purchase_id',
  'created_on',
  'status',
  'client_email',
  'currency',
  'total_amount',
  'paid_amount',
  'refunded_amount',
  'payment_method',
  'reference',
] as const;

/** One cell: text, or an integer amount in the smallest currency unit. */
export type StatementCell = string | number;

function formatTime(seconds: number, timeZone: string): string {
  // sv-SE formats as "YYYY-MM-DD HH:MM:SS", the layout accounting tools import without guessing.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(seconds * 1000));
}

/** True when the runtime knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The rows of a statement (without the header): one per purchase, times in `timeZone`. `filter` is
 * the statement's `query_string`; `status` and `currency` narrow the rows.
 */
export function statementRows(
  purchases: Iterable<PurchaseRecord>,
  timeZone: string,
  filter: string,
): StatementCell[][] {
  const query = new URLSearchParams(filter);
  const status = query.get('status');
  const currency = query.get('currency');
  const rows: StatementCell[][] = [];
  for (const purchase of purchases) {
    if (status && purchase.status !== status) continue;
    if (currency && purchase.purchase.currency !== currency) continue;
    // Held funds are not paid yet; only captured money counts.
    const paid = purchase.status === 'hold' ? 0 : (purchase.payment?.amount ?? 0);
    rows.push([
      purchase.id,
      formatTime(purchase.created_on, timeZone),
      purchase.status,
      purchase.client.email,
      purchase.purchase.currency,
      purchase.purchase.total_amount,
      paid,
      purchase.payment?.refunded_amount ?? 0,
      purchase.payment?.method ?? '',
      purchase.reference,
    ]);
  }
  return rows;
}
