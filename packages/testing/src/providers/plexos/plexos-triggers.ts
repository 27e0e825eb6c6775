import { type WebhookEventType, webhookEventTypes } from '@ummah/schema/plexos/events';
import type { EventTrigger } from '../../routes/trigger-routes';
import { prefixedId } from '../provider-ids';
import type { PlexosAccount } from './plexos-account';
import type { PlexosSimulator } from './plexos-simulator';

/**
 * Plexos Pay's triggers, one per event its description lists (the record must name every one):
 * payment and refund events walk a new payment through the simulator's steps; checkout and
 * settlement events, which the mock has no objects for, are sent about a sample object.
 */
export function plexosTriggers(account: PlexosAccount, simulate: PlexosSimulator): EventTrigger {
  const payment = async (
    ...steps: Array<'debit' | 'settle' | 'fail' | 'expire' | 'cancel'>
  ): Promise<string> => {
    const { id } = await simulate.createPayment();
    for (const step of steps) await simulate[step](id);
    return id;
  };
  const refund = async (outcome: 'succeeded' | 'failed'): Promise<string> =>
    (await simulate.refund(await payment('debit'), { outcome })).id;
  const sample = async (type: WebhookEventType, prefix: string, status: string): Promise<string> => {
    const id = prefixedId(prefix);
    await account.emit(type, { id, status });
    return id;
  };
  const flows: Record<WebhookEventType, () => Promise<string>> = {
    'payment.created': () => payment(),
    'payment.debited': () => payment('debit'),
    'payment.settled': () => payment('debit', 'settle'),
    'payment.failed': () => payment('fail'),
    'payment.expired': () => payment('expire'),
    'payment.cancelled': () => payment('cancel'),
    'refund.created': () => refund('succeeded'),
    'refund.succeeded': () => refund('succeeded'),
    'refund.failed': () => refund('failed'),
    'checkout.completed': () => sample('checkout.completed', 'co', 'COMPLETED'),
    'checkout.expired': () => sample('checkout.expired', 'co', 'EXPIRED'),
    'settlement.completed': () => sample('settlement.completed', 'st', 'COMPLETED'),
  };
  return {
    events: webhookEventTypes,
    fire: async (event) => ({ event, object_id: await flows[event as WebhookEventType]() }),
  };
}
