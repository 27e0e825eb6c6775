import type { Purchase } from '@ummah/schema/ummah/types';
import { renewSubscription } from './domain/billing/renewals';
import type { DomainContext } from './domain/context';
import { type CheckoutOutcome, checkOut } from './domain/purchases/actions';
import type { PurchaseRecord } from './domain/records';
import { gatewayErrorFor } from './pipeline/error-response';

export type { CheckoutOutcome };

/** Options of {@link Simulator.checkout}. */
export interface CheckoutOptions {
  /**
   * `paid`: the customer pays (the purchase goes `paid`, or `hold` when created with `skip_capture`);
   * `hold`: funds are authorised only (`hold`), to be captured or released;
   * `failed`: the card is declined (`error`, `purchase.payment_failure`).
   * @default 'paid'
   */
  readonly outcome?: CheckoutOutcome;
  /** Payment method reported on the purchase. @default 'card' */
  readonly method?: string;
}

/** Options of {@link Simulator.renewal}. */
export interface RenewalOptions {
  /** `paid` charges the saved method; `failed` emits `purchase.subscription_charge_failure`. @default 'paid' */
  readonly outcome?: 'paid' | 'failed';
}

/**
 * Drives what customers and the gateway's scheduler would do: checkouts and subscription renewals.
 * Every method resolves, with the purchase as the API would now return it, after the resulting
 * events' first delivery attempts, so a test can assert on its webhook receiver right after awaiting.
 * A refusal rejects with the gateway's answer: `status` (404, 409) and `body`.
 */
export interface Simulator {
  /**
   * Completes the hosted checkout of a purchase.
   *
   * @example
   * await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
   */
  checkout(purchaseId: string, options?: CheckoutOptions): Promise<Purchase>;
  /**
   * Runs one billing cycle for an active subscriber: a new purchase charged with the saved method.
   *
   * @example
   * await gateway.simulate.renewal(template.id, client.id, { outcome: 'failed' });
   */
  renewal(templateId: string, clientId: string, options?: RenewalOptions): Promise<Purchase>;
}

/** A copy of the purchase for the caller, or the gateway's answer to the refusal. */
async function settle(work: () => Promise<PurchaseRecord>): Promise<Purchase> {
  try {
    return structuredClone(await work());
  } catch (error) {
    throw gatewayErrorFor(error);
  }
}

/** Builds the simulator over a mock's domain. */
export function createSimulator(domain: DomainContext): Simulator {
  return {
    checkout: (purchaseId, options = {}) =>
      settle(() => checkOut(domain, purchaseId, options.outcome ?? 'paid', options.method)),
    renewal: (templateId, clientId, options = {}) =>
      settle(() => renewSubscription(domain, templateId, clientId, options.outcome ?? 'paid')),
  };
}
