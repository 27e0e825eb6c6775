import type { DomainContext } from '../context';
import type { SubscriberRecord } from '../records';
import type { Timeline } from '../test-clock';
import { renewSubscription } from './renewals';

/** Subscribers the gateway's scheduler charges: active, with a billing date. */
function billable(context: DomainContext): SubscriberRecord[] {
  return [...context.state.subscribers.values()].filter(
    (subscriber) => subscriber.status === 'active' && subscriber.next_billing_on !== null,
  );
}

/**
 * The gateway's billing scheduler, run by the test clock: when the clock passes an active
 * subscriber's `next_billing_on` (the end of a trial, or the next period), it charges the saved
 * method as `simulate.renewal` does, and the paid purchase moves `next_billing_on` a period on.
 */
export function renewalTimeline(context: DomainContext): Timeline {
  return {
    nextDueAt: () => {
      const times = billable(context).map((subscriber) => subscriber.next_billing_on! * 1000);
      return times.length > 0 ? Math.min(...times) : undefined;
    },
    runDue: async () => {
      const now = context.clock.now();
      for (const subscriber of billable(context)) {
        if (subscriber.next_billing_on! * 1000 > now) continue;
        try {
          await renewSubscription(context, subscriber.billing_template_id, subscriber.client_id, 'paid');
        } catch {
          // A subscriber the scheduler cannot charge (its template or client is gone) is not retried.
          subscriber.next_billing_on = null;
        }
      }
    },
  };
}
