import { describe, expect, it } from 'vitest';
import { PaymentEventSchema, WebhookCreateParamsSchema, WebhookSchema } from '../plexos/schemas.js';
import type { PaymentEvent, Webhook } from '../plexos/types.js';
import { reference } from './fixtures/plexos-reference.js';

const body = reference.requestExamples['webhooks.create']?.[0] ?? {};
const payload = reference.eventExamples[0]?.body ?? {};

describe('Plexos Pay requests', () => {
  it('subscribe a URL to a non-empty list of known event types', () => {
    expect(WebhookCreateParamsSchema.safeParse({ ...body, events: reference.eventTypes }).success).toBe(true);
    expect(WebhookCreateParamsSchema.safeParse({ ...body, events: [] }).success).toBe(false);
    expect(WebhookCreateParamsSchema.safeParse({ ...body, events: ['payment.debitted'] }).success).toBe(
      false,
    );
    expect(WebhookCreateParamsSchema.safeParse({ ...body, url: 'myapp.com/webhooks' }).success).toBe(false);
  });

  it('require url and events, and take description as optional', () => {
    expect(WebhookCreateParamsSchema.safeParse({ url: body.url }).success).toBe(false);
    expect(WebhookCreateParamsSchema.safeParse({ events: body.events }).success).toBe(false);
    const { description: _description, ...withoutDescription } = body;
    expect(WebhookCreateParamsSchema.safeParse(withoutDescription).success).toBe(true);
  });
});

describe('Plexos Pay responses', () => {
  it('hand back the one-time secret', () => {
    const webhook: Webhook = WebhookSchema.parse({ id: 'we_1', secret: 'whsec_x', url: body.url });
    expect(webhook.secret).toBe('whsec_x');
    expect(WebhookSchema.safeParse({ id: 'we_1' }).success).toBe(false);
  });

  it('type the documented payment payload, amount as a string, with the operator fields', () => {
    const event: PaymentEvent = PaymentEventSchema.parse(payload);
    expect(event.data.amount).toBe('10000');
    expect(event.data.operator).toBe('CVMOVEL');
    expect(event.data.operatorPhone).toBe('+2389001234');
    expect(PaymentEventSchema.safeParse({ ...payload, data: { ...event.data, amount: 10000 } }).success).toBe(
      false,
    );
  });

  it('accept payment statuses beyond the documented DEBITED', () => {
    const settled = { ...payload, type: 'payment.settled', data: { id: 'pi_1', status: 'SETTLED' } };
    expect(PaymentEventSchema.parse(settled)).toEqual(settled);
  });
});
