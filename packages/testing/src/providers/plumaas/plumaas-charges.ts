import type { WebhookEventType } from '@ummah/schema/plumaas/events';
import type { Charge, ChargeCreateParams } from '@ummah/schema/plumaas/types';
import { unixSeconds } from '../../domain/clock';
import { findOrRefuse } from '../find-or-refuse';
import type { ProviderEngine } from '../provider-engine';
import { refuse } from '../provider-errors';
import { prefixedId } from '../provider-ids';

/** A charge as the mock keeps it: `pending` until the customer pays at `pay_url`. */
export type MockCharge = Charge & { id: string; status: string; created: number };

/** The charge events the mock emits, names of the schema's `webhookEventTypes`. */
type ChargeEvent = Extract<WebhookEventType, 'charge.succeeded' | 'charge.failed' | 'charge.refunded'>;

/** A simulated step. */
export type ChargeStep = 'pay' | 'fail' | 'refund';

/** Which status each simulated step needs and leads to, and the event it emits. */
const STEPS: Readonly<Record<ChargeStep, { from: string; to: string; event: ChargeEvent }>> = {
  pay: { from: 'pending', to: 'succeeded', event: 'charge.succeeded' },
  fail: { from: 'pending', to: 'failed', event: 'charge.failed' },
  refund: { from: 'succeeded', to: 'refunded', event: 'charge.refunded' },
};

/** The Plumaas account's charges and the events their changes send. */
export class PlumaasCharges {
  readonly #charges = new Map<string, MockCharge>();
  readonly #engine: ProviderEngine;

  constructor(engine: ProviderEngine) {
    this.#engine = engine;
  }

  /** A new pending charge with its hosted payment link. */
  create(params: ChargeCreateParams): MockCharge {
    const id = prefixedId('ch');
    const charge: MockCharge = {
      id,
      org_id: params.org_id,
      amount_cents: params.amount_cents,
      currency: params.currency ?? 'USD',
      description: params.description ?? '',
      status: 'pending',
      pay_url: new URL(`/pay/${id}`, this.#engine.baseURL).href,
      created: unixSeconds(this.#engine.clock),
    };
    this.#charges.set(id, charge);
    return structuredClone(charge);
  }

  /** Every charge, newest first. */
  list(): MockCharge[] {
    return [...this.#charges.values()].reverse();
  }

  /** The charge, or a 404. */
  get(id: string): MockCharge {
    return findOrRefuse(this.#charges, id, 'charge');
  }

  /**
   * Moves a charge on (`pay`, `fail`, `refund`) and sends its event to the configured endpoint.
   * Resolves with the charge once the first delivery attempt is done.
   */
  async step(id: string, step: ChargeStep): Promise<MockCharge> {
    const charge = this.get(id);
    const { from, to, event } = STEPS[step];
    if (charge.status !== from) {
      throw refuse(409, `Charge ${id} is ${charge.status}; it must be ${from} to ${step}.`);
    }
    charge.status = to;
    await this.emit(event, { ...charge });
    return structuredClone(charge);
  }

  /** Sends an event about `data` to the configured endpoint; resolves with the event id. */
  async emit(event: string, data: Record<string, unknown>): Promise<string> {
    const id = prefixedId('evt');
    const payload = { id, event, created: unixSeconds(this.#engine.clock), data };
    await this.#engine.deliver({ id, type: event, payload }, this.#engine.configuredTargets());
    return id;
  }

  clear(): void {
    this.#charges.clear();
  }
}
