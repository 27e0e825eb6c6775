import type { WebhookEventType } from '@ummah/schema/plugipay/events';
import type {
  CheckoutSession,
  CheckoutSessionCreateParams,
  Customer,
  CustomerCreateParams,
  Refund,
  RefundCreateParams,
} from '@ummah/schema/plugipay/types';
import { unixSeconds } from '../../domain/clock';
import { findOrRefuse } from '../find-or-refuse';
import type { ProviderEngine } from '../provider-engine';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';

/** A checkout session as the mock keeps it. */
export type MockCheckoutSession = CheckoutSession & {
  amount: number;
  currency: string;
  expiresAt: number;
  /** The payment made when the session completed: the mock's own link, not a documented field. */
  paymentId?: string;
};
/** A refund as the mock keeps it. */
export type MockRefund = Refund & { id: string; paymentId: string; amount: number };
/** A payment, made when a session completes. */
export interface MockPlugipayPayment {
  id: string;
  status: 'succeeded' | 'refunded' | 'partially_refunded';
  amount: number;
  currency: string;
  customerId?: string;
  checkoutSessionId: string;
  /** What refunds have taken back so far (pending ones included). */
  amountRefunded: number;
  metadata: Record<string, string>;
}

/** Sessions expire 24 hours after creation unless `expiresInSec` says otherwise. */
const DEFAULT_TTL_SECONDS = 24 * 60 * 60;

/** The Plugipay account: customers, checkout sessions, the payments they become, refunds. */
export class PlugipayAccount {
  readonly customers = new Map<string, Customer>();
  readonly sessions = new Map<string, MockCheckoutSession>();
  readonly payments = new Map<string, MockPlugipayPayment>();
  readonly refunds = new Map<string, MockRefund>();
  readonly #engine: ProviderEngine;

  constructor(engine: ProviderEngine) {
    this.#engine = engine;
  }

  createCustomer(params: CustomerCreateParams): Customer {
    const customer: Customer = { id: prefixedId('cus'), ...params, metadata: params.metadata ?? {} };
    this.customers.set(customer.id, customer);
    return customer;
  }

  createSession(params: CheckoutSessionCreateParams): MockCheckoutSession {
    if (params.customerId !== undefined && !this.customers.has(params.customerId)) {
      throw refuse(404, `No such customer: ${params.customerId}`);
    }
    const { expiresInSec, ...rest } = params;
    const id = prefixedId('sess');
    const session: MockCheckoutSession = {
      id,
      ...rest,
      metadata: params.metadata ?? {},
      url: new URL(`/pay/${id}`, this.#engine.baseURL).href,
      status: 'open',
      expiresAt: unixSeconds(this.#engine.clock) + (expiresInSec ?? DEFAULT_TTL_SECONDS),
    };
    this.sessions.set(id, session);
    return session;
  }

  /** A pending refund of a payment, up to what is left of it. */
  createRefund(params: RefundCreateParams): MockRefund {
    const payment = findOrRefuse(this.payments, params.paymentId, 'payment');
    const left = payment.amount - payment.amountRefunded;
    const amount = params.amount ?? left;
    if (amount > left) throw refuse(400, `The refund of ${amount} exceeds the ${left} left to refund.`);
    payment.amountRefunded += amount;
    payment.status = payment.amountRefunded === payment.amount ? 'refunded' : 'partially_refunded';
    const refund: MockRefund = { id: prefixedId('re'), ...params, amount, status: 'pending' };
    this.refunds.set(refund.id, refund);
    return refund;
  }

  session(id: string): MockCheckoutSession {
    return findOrRefuse(this.sessions, id, 'checkout session');
  }

  refund(id: string): MockRefund {
    return findOrRefuse(this.refunds, id, 'refund');
  }

  /** The session, which must still be open. */
  openSession(id: string): MockCheckoutSession {
    const session = this.session(id);
    if (session.status !== 'open')
      throw refuse(409, `Checkout session ${id} is ${session.status}, not open.`);
    return session;
  }

  /** The payment a completed session becomes. */
  pay(session: MockCheckoutSession): MockPlugipayPayment {
    const payment: MockPlugipayPayment = {
      id: prefixedId('pay'),
      status: 'succeeded',
      amount: session.amount,
      currency: session.currency,
      customerId: session.customerId,
      checkoutSessionId: session.id,
      amountRefunded: 0,
      metadata: { ...(session.metadata ?? {}) },
    };
    this.payments.set(payment.id, payment);
    session.paymentId = payment.id;
    return payment;
  }

  /** Sends an event about `data` to the configured endpoint. */
  async emit(type: WebhookEventType, data: object): Promise<void> {
    const id = prefixedId('evt');
    const payload = { id, type, created: unixSeconds(this.#engine.clock), data: structuredClone(data) };
    await this.#engine.deliver({ id, type, payload }, this.#engine.configuredTargets());
  }

  clear(): void {
    this.customers.clear();
    this.sessions.clear();
    this.payments.clear();
    this.refunds.clear();
  }
}
