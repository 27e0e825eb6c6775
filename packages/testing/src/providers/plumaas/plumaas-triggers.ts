import { type WebhookEventType, webhookEventTypes } from '@ummah/schema/plumaas/events';
import type { EventTrigger } from '../../routes/trigger-routes';
import { prefixedId } from '../provider-ids';
import type { PlumaasCharges } from './plumaas-charges';

/**
 * Plumaas's triggers, one per event its description lists (the record must name every one): charge
 * events walk a new charge through its steps; subscription events, which the mock has no objects
 * for, are sent about a sample subscription, as the dashboard's "Send test" does.
 */
export function plumaasTriggers(charges: PlumaasCharges): EventTrigger {
  const charge = (): string => charges.create({ org_id: 'org_trigger', amount_cents: 1000 }).id;
  const subscription = async (event: WebhookEventType, status: string): Promise<string> => {
    const id = prefixedId('sub');
    await charges.emit(event, { id, status });
    return id;
  };
  const flows: Record<WebhookEventType, () => Promise<string>> = {
    'charge.succeeded': async () => (await charges.step(charge(), 'pay')).id,
    'charge.failed': async () => (await charges.step(charge(), 'fail')).id,
    'charge.refunded': async () => {
      const id = charge();
      await charges.step(id, 'pay');
      return (await charges.step(id, 'refund')).id;
    },
    'subscription.created': () => subscription('subscription.created', 'active'),
    'subscription.canceled': () => subscription('subscription.canceled', 'canceled'),
  };
  return {
    events: webhookEventTypes,
    fire: async (event) => ({ event, object_id: await flows[event as WebhookEventType]() }),
  };
}
