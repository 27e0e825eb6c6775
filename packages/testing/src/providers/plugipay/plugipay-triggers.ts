import { type WebhookEventType, webhookEventTypes } from '@ummah/schema/plugipay/events';
import type { EventTrigger } from '../../routes/trigger-routes';
import type { PlugipayAccount } from './plugipay-account';
import type { PlugipaySimulator } from './plugipay-simulator';

/**
 * Plugipay's triggers, one per event its description lists (the record must name every one), each
 * walking a new checkout session (and its payment and refund) through the simulator's steps.
 */
export function plugipayTriggers(account: PlugipayAccount, simulate: PlugipaySimulator): EventTrigger {
  const session = (): string =>
    account.createSession({
      amount: 1000,
      currency: 'USD',
      successUrl: 'https://shop.example/success',
      cancelUrl: 'https://shop.example/cancel',
    }).id;
  /** Completes a new session; resolves with the id of the payment it made. */
  const paid = async (): Promise<string> => {
    const id = session();
    await simulate.complete(id);
    return account.session(id).paymentId as string;
  };
  const refund = async (outcome: 'refundSucceeded' | 'refundFailed'): Promise<string> => {
    const { id } = account.createRefund({ paymentId: await paid(), reason: 'requested_by_customer' });
    return (await simulate[outcome](id)).id;
  };
  const flows: Record<WebhookEventType, () => Promise<string>> = {
    'payment.succeeded': paid,
    'checkout_session.completed': async () => (await simulate.complete(session())).id,
    'payment.failed': async () => (await simulate.decline(session())).id,
    'checkout_session.expired': async () => (await simulate.expire(session())).id,
    'refund.succeeded': () => refund('refundSucceeded'),
    'refund.failed': () => refund('refundFailed'),
  };
  return {
    events: webhookEventTypes,
    fire: async (event) => ({ event, object_id: await flows[event as WebhookEventType]() }),
  };
}
