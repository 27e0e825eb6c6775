import { refuse } from '../provider-errors';
import type { MockCheckoutSession, MockRefund, PlugipayAccount } from './plugipay-account';

/** What a customer, the clock and the payment provider do with Plugipay objects, and what follows. */
export interface PlugipaySimulator {
  /** The customer pays: session `complete`, a payment made; `payment.succeeded` and `checkout_session.completed` sent. */
  complete(sessionId: string): Promise<MockCheckoutSession>;
  /** The card is declined: `payment.failed` sent; the session stays `open` for another try. */
  decline(sessionId: string): Promise<MockCheckoutSession>;
  /** The TTL passes without payment: `expired`, `checkout_session.expired` sent. */
  expire(sessionId: string): Promise<MockCheckoutSession>;
  /** The customer clicks back: `canceled` (the guide documents no event for it). */
  cancel(sessionId: string): Promise<MockCheckoutSession>;
  /** The provider returns the funds: refund `succeeded`, `refund.succeeded` sent. */
  refundSucceeded(refundId: string): Promise<MockRefund>;
  /** The provider cannot return the funds: refund `failed`, `refund.failed` sent. */
  refundFailed(refundId: string): Promise<MockRefund>;
}

/** The simulator over an account. */
export function createPlugipaySimulator(account: PlugipayAccount): PlugipaySimulator {
  const settle = async (id: string, status: 'succeeded' | 'failed'): Promise<MockRefund> => {
    const refund = account.refund(id);
    if (refund.status !== 'pending') throw refuse(409, `Refund ${id} is already ${refund.status}.`);
    refund.status = status;
    await account.emit(status === 'succeeded' ? 'refund.succeeded' : 'refund.failed', refund);
    return structuredClone(refund);
  };
  return {
    complete: async (id) => {
      const session = account.openSession(id);
      session.status = 'complete';
      const payment = account.pay(session);
      await account.emit('payment.succeeded', payment);
      await account.emit('checkout_session.completed', session);
      return structuredClone(session);
    },
    decline: async (id) => {
      const session = account.openSession(id);
      await account.emit('payment.failed', {
        id: `${session.id}_attempt`,
        checkoutSessionId: session.id,
        status: 'failed',
        metadata: session.metadata,
      });
      return structuredClone(session);
    },
    expire: async (id) => {
      const session = account.openSession(id);
      session.status = 'expired';
      await account.emit('checkout_session.expired', session);
      return structuredClone(session);
    },
    cancel: async (id) => {
      const session = account.openSession(id);
      session.status = 'canceled';
      return structuredClone(session);
    },
    refundSucceeded: (id) => settle(id, 'succeeded'),
    refundFailed: (id) => settle(id, 'failed'),
  };
}
