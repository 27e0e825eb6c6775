import type { GatewayEngine } from '../gateway-engine';
import { json } from '../http/mock-result';
import type { ApiRoute } from './route-helpers';

/** Per-currency balance: captured payments minus refunds, in the smallest unit. */
export function computeBalance(gateway: GatewayEngine): Array<{ currency: string; amount: number }> {
  const totals = new Map<string, number>();
  for (const payment of gateway.state.payments.values()) {
    const sign = payment.payment_type === 'refund' ? -1 : 1;
    totals.set(payment.currency, (totals.get(payment.currency) ?? 0) + sign * payment.amount);
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}

/** Paid amounts grouped by currency and calendar month (UTC) of payment: `{ currency, paid_amount, period }`. */
export function computeTurnover(
  gateway: GatewayEngine,
): Array<{ currency: string; paid_amount: number; refunded_amount: number; period: string }> {
  const groups = new Map<
    string,
    { currency: string; paid_amount: number; refunded_amount: number; period: string }
  >();
  for (const payment of gateway.state.payments.values()) {
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

/** `GET /balance/`, `GET /account/json/balance/`, `GET /account/json/turnover/`. */
export const reportingRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/balance/',
    operationId: 'balance.retrieve',
    handler: (context) => json({ balance: computeBalance(context.gateway) }),
  },
  {
    method: 'GET',
    path: '/account/json/balance/',
    operationId: 'account.balance',
    handler: (context) => json({ balance: computeBalance(context.gateway) }),
  },
  {
    method: 'GET',
    path: '/account/json/turnover/',
    operationId: 'account.turnover',
    handler: (context) => json({ turnover: computeTurnover(context.gateway) }),
  },
];
