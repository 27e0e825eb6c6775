import type { WebhookEventType } from '@ummah/schema/plexos/events';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';
import type { MockPlexosPayment, PlexosAccount, PlexosPaymentInput } from './plexos-account';

/** A step of a payment: the statuses it starts from, the status it leads to and its event. */
interface PaymentStep {
  readonly from: readonly string[];
  readonly to: string;
  readonly event: WebhookEventType;
}

/** A simulated step of the mock (`simulate` names the same). */
export type PlexosPaymentStep = 'debit' | 'settle' | 'fail' | 'expire' | 'cancel';

const STEPS: Readonly<Record<PlexosPaymentStep, PaymentStep>> = {
  debit: { from: ['PENDING'], to: 'DEBITED', event: 'payment.debited' },
  settle: { from: ['DEBITED'], to: 'SETTLED', event: 'payment.settled' },
  fail: { from: ['PENDING'], to: 'FAILED', event: 'payment.failed' },
  expire: { from: ['PENDING'], to: 'EXPIRED', event: 'payment.expired' },
  cancel: { from: ['PENDING'], to: 'CANCELLED', event: 'payment.cancelled' },
};

/** What a refund returns: the payment and the refund's id and final status. */
export interface PlexosRefundOutcome {
  readonly id: string;
  readonly paymentId: string;
  readonly status: 'SUCCEEDED' | 'FAILED';
}

/** What customers and the mobile-money operator do with Plexos payments, and the events that follow. */
export interface PlexosSimulator {
  /** A payment intent is created (`PENDING`): `payment.created` sent. */
  createPayment(input?: PlexosPaymentInput): Promise<MockPlexosPayment>;
  /** The customer's mobile money is debited: `DEBITED`, `payment.debited`. */
  debit(paymentId: string): Promise<MockPlexosPayment>;
  /** The payment reaches your account: `SETTLED`, `payment.settled`. */
  settle(paymentId: string): Promise<MockPlexosPayment>;
  /** `FAILED`, `payment.failed`. */
  fail(paymentId: string): Promise<MockPlexosPayment>;
  /** Not confirmed in time: `EXPIRED`, `payment.expired`. */
  expire(paymentId: string): Promise<MockPlexosPayment>;
  /** `CANCELLED`, `payment.cancelled`. */
  cancel(paymentId: string): Promise<MockPlexosPayment>;
  /** A refund of a debited or settled payment: `refund.created`, then `refund.succeeded` or `refund.failed`. */
  refund(paymentId: string, options?: { outcome?: 'succeeded' | 'failed' }): Promise<PlexosRefundOutcome>;
}

/** The simulator over an account. */
export function createPlexosSimulator(account: PlexosAccount): PlexosSimulator {
  const step = async (id: string, name: PlexosPaymentStep): Promise<MockPlexosPayment> => {
    const payment = account.payment(id);
    const { from, to, event } = STEPS[name];
    if (!(from as readonly string[]).includes(payment.status)) {
      throw refuse(409, `Payment ${id} is ${payment.status}; it must be ${from.join(' or ')} to ${name}.`);
    }
    payment.status = to;
    await account.emit(event, payment);
    return structuredClone(payment);
  };
  return {
    createPayment: async (input = {}) => {
      const payment = account.createPayment(input);
      await account.emit('payment.created', payment);
      return structuredClone(payment);
    },
    debit: (id) => step(id, 'debit'),
    settle: (id) => step(id, 'settle'),
    fail: (id) => step(id, 'fail'),
    expire: (id) => step(id, 'expire'),
    cancel: (id) => step(id, 'cancel'),
    refund: async (paymentId, options = {}) => {
      const payment = account.payment(paymentId);
      if (payment.status !== 'DEBITED' && payment.status !== 'SETTLED') {
        throw refuse(
          409,
          `Payment ${paymentId} is ${payment.status}; only debited or settled payments refund.`,
        );
      }
      const id = prefixedId('re');
      const refund = { id, paymentId, amount: payment.amount, currency: payment.currency };
      await account.emit('refund.created', { ...refund, status: 'PENDING' });
      const status = options.outcome === 'failed' ? 'FAILED' : 'SUCCEEDED';
      await account.emit(status === 'FAILED' ? 'refund.failed' : 'refund.succeeded', { ...refund, status });
      return { id, paymentId, status };
    },
  };
}
