import { paymentMethods, payoutMethods } from '../domain/payment-methods';
import { balance, turnover } from '../domain/reporting';
import {
  cancelStatement,
  createStatement,
  getStatement,
  listStatements,
} from '../domain/statements/statements';
import type { ApiHandlers } from './api-route';

/** Payment and payout methods, balance and turnover, and `/company_statements/…`. */
export const accountHandlers = {
  'paymentMethods.list': ({ query }) => paymentMethods(query.currency),
  'payoutMethods.list': () => payoutMethods(),
  'balance.retrieve': ({ domain }) => ({ balance: balance(domain) }),
  'account.balance': ({ domain }) => ({ balance: balance(domain) }),
  'account.turnover': ({ domain }) => ({ turnover: turnover(domain) }),
  'statements.create': ({ domain, body }) => createStatement(domain, body),
  'statements.list': ({ domain }) => listStatements(domain),
  'statements.retrieve': ({ domain, params }) => getStatement(domain, params.id),
  'statements.cancel': ({ domain, params }) => cancelStatement(domain, params.id),
} satisfies ApiHandlers;
