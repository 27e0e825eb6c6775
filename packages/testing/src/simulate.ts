import { subscriberKey } from './domain/gateway-state';
import { completePayment, failPayment } from './domain/purchase-payments';
import { setStatus } from './domain/purchase-transitions';
import { getPurchase, openPurchase } from './domain/purchases';
import type { PurchaseRecord } from './domain/records';
import type { GatewayEngine } from './gateway-engine';
import { conflict, notFound } from './http/gateway-error';

/** How a simulated checkout ends. */
export type CheckoutOutcome = 'paid' | 'failed' | 'hold';

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
 * Every method resolves after the resulting events' first delivery attempts, so a test can assert on
 * its webhook receiver right after awaiting.
 */
export interface Simulator {
  /**
   * Completes the hosted checkout of a purchase.
   *
   * @example
   * await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
   */
  checkout(purchaseId: string, options?: CheckoutOptions): Promise<Record<string, unknown>>;
  /**
   * Runs one billing cycle for an active subscriber: a new purchase charged with the saved method.
   *
   * @example
   * await gateway.simulate.renewal(template.id, client.id, { outcome: 'failed' });
   */
  renewal(templateId: string, clientId: string, options?: RenewalOptions): Promise<Record<string, unknown>>;
}

function snapshot(purchase: PurchaseRecord): Record<string, unknown> {
  return structuredClone(purchase) as unknown as Record<string, unknown>;
}

/** Builds the simulator of an engine. */
export function createSimulator(gateway: GatewayEngine): Simulator {
  return {
    async checkout(purchaseId, options = {}) {
      const purchase = getPurchase(gateway, purchaseId);
      const outcome = options.outcome ?? 'paid';
      if (outcome === 'failed') await failPayment(gateway, purchase);
      else
        await completePayment(gateway, purchase, {
          method: options.method ?? 'card',
          hold: outcome === 'hold',
        });
      return snapshot(purchase);
    },
    async renewal(templateId, clientId, options = {}) {
      const template = gateway.state.billingTemplates.get(templateId);
      const subscriber = gateway.state.subscribers.get(subscriberKey(templateId, clientId));
      if (!template || !subscriber) throw notFound('No such subscriber.');
      if (subscriber.status !== 'active') {
        throw conflict(`Subscriber with status "${subscriber.status}" is not billed.`);
      }
      const client = gateway.state.clients.get(clientId);
      if (!client) throw notFound('No such client.');
      const purchase = openPurchase(gateway, {
        brandId: template.brand_id,
        client,
        details: template.purchase,
        billingTemplateId: template.id,
        product: 'billing_subscriptions',
      });
      purchase.is_recurring_token = true;
      if ((options.outcome ?? 'paid') === 'failed') {
        setStatus(purchase, 'error', gateway.now());
        await gateway.emit('purchase.subscription_charge_failure', purchase, {
          id: purchase.id,
          type: 'purchase',
        });
      } else {
        await completePayment(gateway, purchase, { method: 'card', recurring: true });
      }
      return snapshot(purchase);
    },
  };
}
