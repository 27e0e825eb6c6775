import type { WebhookEventType } from '@ummah/schema/plexos/events';
import type { Payment, Webhook, WebhookCreateParams } from '@ummah/schema/plexos/types';
import { findOrRefuse } from '../find-or-refuse';
import type { ProviderTarget } from '../provider-delivery';
import type { ProviderEngine } from '../provider-engine';
import { newWebhookSecret, prefixedId } from '../provider-ids';

/** A registered webhook endpoint, secret included (the API shows it once, at creation). */
export type MockPlexosWebhook = Webhook & {
  id: string;
  url: string;
  events: string[];
  /** When the endpoint was registered: sent by the mock, not a field the reference documents. */
  createdAt: string;
};

/** A mobile-money payment as the mock keeps it. */
export type MockPlexosPayment = Payment & { id: string; status: string; amount: string; currency: string };

/** What a simulated payment is made of. Amounts are decimal strings, as Plexos sends them. */
export interface PlexosPaymentInput {
  /** @default '10000' */
  readonly amount?: string;
  /** @default 'CVE' */
  readonly currency?: string;
  /** @default 'CVMOVEL' */
  readonly operator?: string;
  /** @default '+2389001234' */
  readonly operatorPhone?: string;
}

/** The Plexos account: webhook endpoints and the payments the simulator makes. */
export class PlexosAccount {
  readonly webhooks = new Map<string, MockPlexosWebhook>();
  readonly payments = new Map<string, MockPlexosPayment>();
  readonly #engine: ProviderEngine;

  constructor(engine: ProviderEngine) {
    this.#engine = engine;
  }

  /** Registers an endpoint with a new signing secret. */
  createWebhook(params: WebhookCreateParams): MockPlexosWebhook {
    const webhook: MockPlexosWebhook = {
      id: prefixedId('we'),
      url: params.url,
      events: [...params.events],
      description: params.description,
      secret: newWebhookSecret(),
      createdAt: new Date(this.#engine.clock.now()).toISOString(),
    };
    this.webhooks.set(webhook.id, webhook);
    return webhook;
  }

  createPayment(input: PlexosPaymentInput): MockPlexosPayment {
    const payment: MockPlexosPayment = {
      id: prefixedId('pi'),
      amount: input.amount ?? '10000',
      currency: input.currency ?? 'CVE',
      status: 'PENDING',
      operator: input.operator ?? 'CVMOVEL',
      operatorPhone: input.operatorPhone ?? '+2389001234',
    };
    this.payments.set(payment.id, payment);
    return payment;
  }

  payment(id: string): MockPlexosPayment {
    return findOrRefuse(this.payments, id, 'payment');
  }

  /**
   * Sends an event to every endpoint subscribed to its type, each signed with its own secret, and to
   * the endpoint configured with `webhookUrl` (all events).
   */
  async emit(type: WebhookEventType, data: object): Promise<void> {
    const id = prefixedId('evt');
    const payload = {
      id,
      type,
      data: structuredClone(data),
      createdAt: new Date(this.#engine.clock.now()).toISOString(),
    };
    const registered: ProviderTarget[] = [...this.webhooks.values()]
      .filter((webhook) => webhook.events.includes(type))
      .map((webhook) => ({ url: webhook.url, secret: webhook.secret, endpointId: webhook.id }));
    await this.#engine.deliver({ id, type, payload }, [...this.#engine.configuredTargets(), ...registered]);
  }

  clear(): void {
    this.webhooks.clear();
    this.payments.clear();
  }
}
