import { webhookEventTypes } from '@ummah/schema/ummah/events';
import type { BillingTemplateClient, Payment, Purchase } from '@ummah/schema/ummah/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isUmmahEvent,
  type UmmahBillingEventType,
  type UmmahCallback,
  type UmmahEventObject,
  type UmmahEventType,
  type UmmahPaymentEventType,
  type UmmahPayoutEventType,
  type UmmahPurchaseEventType,
  type UmmahWebhookEvent,
  ummahEventObject,
  ummahEventType,
} from './ummah-events.js';

const callback: UmmahWebhookEvent = {
  id: 'p1',
  type: 'purchase',
  event_type: 'purchase.paid',
  status: 'paid',
  purchase: { total: 100 },
};
const envelope: UmmahWebhookEvent = {
  id: 'evt_1',
  type: 'purchase.paid',
  object: { id: 'p1', status: 'paid' },
};
const unknown: UmmahWebhookEvent = { id: 'x', event_type: 'purchase.teleported' };

describe('Ummah event helpers', () => {
  it('read the event name from event_type or from a dotted type', () => {
    expect(ummahEventType(callback)).toBe('purchase.paid');
    expect(ummahEventType(envelope)).toBe('purchase.paid');
    expect(ummahEventType(unknown)).toBe('purchase.teleported');
    expect(ummahEventType({ type: 'purchase' })).toBeUndefined();
  });

  it('narrow both shapes by name and leave unknown names alone', () => {
    expect(isUmmahEvent(callback, 'purchase.paid')).toBe(true);
    expect(isUmmahEvent(envelope, 'purchase.paid')).toBe(true);
    expect(isUmmahEvent(unknown, 'purchase.paid')).toBe(false);
    if (isUmmahEvent(callback, 'payment.refunded')) {
      expectTypeOf(callback).toExtend<{ event_type: 'payment.refunded' } | { type: 'payment.refunded' }>();
    }
  });

  it('return the object an event is about in either shape', () => {
    expect(ummahEventObject(callback)).toBe(callback);
    expect(ummahEventObject(envelope)).toEqual({ id: 'p1', status: 'paid' });
  });

  it('type the object of each known event as the response type of the same name', () => {
    expectTypeOf<UmmahEventObject<'purchase.paid'>>().toEqualTypeOf<Purchase>();
    expectTypeOf<UmmahEventObject<'payment.refunded'>>().toEqualTypeOf<Payment>();
    expectTypeOf<UmmahEventObject<'payout.success'>>().toEqualTypeOf<Payment>();
    expectTypeOf<
      UmmahEventObject<'billing_template.client_activated'>
    >().toEqualTypeOf<BillingTemplateClient>();
    const event: UmmahWebhookEvent = callback;
    if (isUmmahEvent(event, 'purchase.paid')) {
      const purchase = ummahEventObject(event);
      expectTypeOf(purchase).toEqualTypeOf<Purchase>();
      expect(purchase.status).toBe('paid');
      // @ts-expect-error a misspelt field of the purchase does not compile
      expect(purchase.statuss).toBeUndefined();
    }
    if (isUmmahEvent(envelope, 'purchase.paid')) {
      expectTypeOf(ummahEventObject(envelope)).toEqualTypeOf<Purchase>();
      expect(ummahEventObject(envelope).id).toBe('p1');
    }
  });

  it('narrow the callback union on event_type', () => {
    const delivered = callback as UmmahCallback;
    if (delivered.event_type === 'payout.failed') expectTypeOf(delivered).toExtend<Payment>();
    else if (delivered.event_type === 'purchase.paid') {
      expectTypeOf(delivered).toExtend<Purchase>();
      expectTypeOf(delivered.status).toEqualTypeOf<Purchase['status']>();
    }
    expect(delivered.event_type).toBe('purchase.paid');
  });

  it('pass an event this version does not know through, untyped', () => {
    expect(ummahEventObject(unknown)).toBe(unknown);
    expectTypeOf(ummahEventObject(unknown)).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<UmmahEventObject<'purchase.teleported'>>().toEqualTypeOf<Record<string, unknown>>();
    expect(ummahEventType(unknown) === 'purchase.teleported').toBe(true);
  });

  it('know exactly the event names of the API description, each in one family', () => {
    expectTypeOf<UmmahEventType>().toEqualTypeOf<(typeof webhookEventTypes)[number]>();
    type Family =
      | UmmahPurchaseEventType
      | UmmahPaymentEventType
      | UmmahPayoutEventType
      | UmmahBillingEventType;
    // A new family in the description must get its own object type in UmmahEventObject.
    expectTypeOf<Exclude<UmmahEventType, Family>>().toBeNever();
    expect(webhookEventTypes).toContain('billing_template.client_activated');
    // @ts-expect-error a name the description does not list is not a known event type
    const unlisted: UmmahEventType = 'billing_template_client.activated';
    expect(isUmmahEvent({ event_type: unlisted }, 'billing_template.client_activated')).toBe(false);
  });
});
