import { describe, expectTypeOf, it } from 'vitest';
import type {
  PebblePayEvent,
  PlexosEvent,
  PlugipayEvent,
  PlumaasEvent,
  WithUnknownFields,
} from '../src/index.js';

// Checked by `tsc` (pnpm typecheck). Each assertion names what the provider's reference documents, so
// dropping an event name or a payload field from the types fails the typecheck.

/** The documented names of an open name union, without its `string & {}` escape hatch. */
type Known<T> = T extends string ? (string extends T ? never : T) : never;

describe('provider event types cover their references', () => {
  it('names every documented event', () => {
    expectTypeOf<Known<PebblePayEvent['event']>>().toEqualTypeOf<
      'payment.completed' | 'payment.failed' | 'payment.refunded' | 'payment.disputed'
    >();
    expectTypeOf<Known<PlugipayEvent['type']>>().toEqualTypeOf<
      | 'payment.succeeded'
      | 'payment.failed'
      | 'checkout_session.completed'
      | 'checkout_session.expired'
      | 'refund.succeeded'
      | 'refund.failed'
    >();
    expectTypeOf<Known<PlumaasEvent['event']>>().toEqualTypeOf<
      | 'charge.succeeded'
      | 'charge.failed'
      | 'charge.refunded'
      | 'subscription.created'
      | 'subscription.canceled'
    >();
    expectTypeOf<'settlement.completed'>().toExtend<Known<PlexosEvent['type']>>();
    // Names a provider adds later still type-check.
    expectTypeOf<'payment.chargeback'>().toExtend<PebblePayEvent['event']>();
  });

  it('refuses a field the reference does not declare, which stays readable through WithUnknownFields', () => {
    // @ts-expect-error Plumaas documents only `event` in its webhook body.
    expectTypeOf<PlumaasEvent['charge_id']>().toEqualTypeOf<unknown>();
    expectTypeOf<WithUnknownFields<PlumaasEvent>['charge_id']>().toEqualTypeOf<unknown>();
    expectTypeOf<WithUnknownFields<PlumaasEvent>['event']>().toEqualTypeOf<PlumaasEvent['event']>();
  });

  it("types every field of PebblePay's documented payload", () => {
    type P = Required<PebblePayEvent>;
    expectTypeOf<P['transaction_id']>().toEqualTypeOf<string>();
    expectTypeOf<P['order_id']>().toEqualTypeOf<string>();
    expectTypeOf<P['status']>().toExtend<string>();
    expectTypeOf<P['amount']>().toEqualTypeOf<number>();
    expectTypeOf<P['fee_amount']>().toEqualTypeOf<number>();
    expectTypeOf<P['net_amount']>().toEqualTypeOf<number>();
    expectTypeOf<P['currency']>().toEqualTypeOf<string>();
    expectTypeOf<P['customer_email']>().toEqualTypeOf<string>();
    expectTypeOf<P['customer_name']>().toEqualTypeOf<string>();
    expectTypeOf<P['product_name']>().toEqualTypeOf<string>();
    expectTypeOf<P['order_reference']>().toEqualTypeOf<string>();
    expectTypeOf<P['metadata']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<P['is_test']>().toEqualTypeOf<boolean>();
    expectTypeOf<P['timestamp']>().toEqualTypeOf<string>();
  });

  it("types Plexos' mobile money operator and phone on the payment", () => {
    expectTypeOf<PlexosEvent['data']['operator']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PlexosEvent['data']['operatorPhone']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PlexosEvent['data']['id']>().toEqualTypeOf<string>();
    expectTypeOf<PlexosEvent['createdAt']>().toEqualTypeOf<string>();
  });

  it('types the data of one Plexos event as its API description declares it', () => {
    expectTypeOf<PlexosEvent<'payment.debited'>['data']['operatorPhone']>().toEqualTypeOf<
      string | undefined
    >();
    // Refund, checkout and settlement objects are not documented: untyped, but still with their id.
    expectTypeOf<PlexosEvent<'refund.succeeded'>['data']>().toEqualTypeOf<
      Record<string, unknown> & { id: string }
    >();
    // A name Plexos Pay adds later still type-checks, with an untyped object.
    expectTypeOf<PlexosEvent<'payout.created'>['data']>().toEqualTypeOf<
      Record<string, unknown> & { id: string }
    >();
  });

  it('types the refund a Plugipay refund event carries', () => {
    type D = Required<PlugipayEvent['data']>;
    expectTypeOf<D['id']>().toEqualTypeOf<string>();
    expectTypeOf<D['status']>().toExtend<string>();
    expectTypeOf<'succeeded' | 'failed' | 'pending'>().toExtend<D['status']>();
    expectTypeOf<D['paymentId']>().toEqualTypeOf<string>();
    expectTypeOf<D['amount']>().toEqualTypeOf<number>();
    expectTypeOf<'requested_by_customer' | 'duplicate' | 'fraudulent' | 'other'>().toExtend<D['reason']>();
    expectTypeOf<D['description']>().toEqualTypeOf<string>();
    expectTypeOf<D['metadata']>().toEqualTypeOf<Record<string, string>>();
  });
});
