import type { BalanceEntry, TurnoverEntry } from '@ummah/schema/ummah/types';
import type { DomainContext } from './context';

/** Per-currency balance: captured payments minus refunds, in the smallest unit, by currency code. */
export function balance(context: DomainContext): Array<Required<BalanceEntry>> {
  const totals = new Map<string, number>();
  for (const payment of context.state.payments.values()) {
    const sign = payment.payment_type === 'refund' ? -1 : 1;
    totals.set(payment.currency, (totals.get(payment.currency) ?? 0) + sign * payment.amount);
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}

/** One turnover group; `refunded_amount` is the mock's addition to the documented entry. */
export type TurnoverRecord = Required<TurnoverEntry> & { refunded_amount: number };

/** Paid and refunded amounts grouped by currency and calendar month (UTC) of payment. */
export function turnover(context: DomainContext): TurnoverRecord[] {
  const groups = new Map<string, TurnoverRecord>();
  for (const payment of context.state.payments.values()) {
    const period = new Date(payment.created_on * 1000).toISOString().slice(0, 7);
    const key = `${payment.currency} ${period}`;
    const group = groups.get(key) ?? {
      currency: payment.currency,
      paid_amount: 0,
      refunded_amount: 0,
      period,
    };
    if (payment.payment_type === 'refund') group.refunded_amount += payment.amount;
    else group.paid_amount += payment.amount;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => a.period.localeCompare(b.period) || a.currency.localeCompare(b.currency),
  );
}
