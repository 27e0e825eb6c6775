import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PurchaseEventSchema, webhookEventSchemas } from '../ummah/schemas.js';
import type { PurchaseEvent } from '../ummah/types.js';
import { fieldAt, spec } from './helpers/spec.js';

interface SignedCallbackFixture {
  body: string;
}

// The repository's own copy of the provider's signed callback (the verifier's conformance vectors
// ship it), so a clone tests with nothing beside it.
const fixture = JSON.parse(
  readFileSync(new URL('../../webhooks/vectors/fixtures/chip-signed-callback.json', import.meta.url), 'utf8'),
) as SignedCallbackFixture;
const body = JSON.parse(fixture.body) as Record<string, unknown>;

/** Every key path of a JSON value (array items share their array's path). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, prefix));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    // Free-form maps (extra, payment_method_details) are declared as maps, not field by field.
    const isEmptyMap =
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
    return [path, ...(isEmptyMap ? [] : keyPaths(v, path))];
  });
}

describe('the real signed callback from the production platform', () => {
  it('parses with the generated schema for purchase events', () => {
    const result = webhookEventSchemas['purchase.created'].safeParse(body);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('keeps the platform-only fields and the decimal-string quantity as sent', () => {
    const event: PurchaseEvent = PurchaseEventSchema.parse(body);
    expect(event.event_type).toBe('purchase.created');
    expect(event.status).toBe('created');
    expect(event.purchase?.products?.[0]?.quantity).toBe('1.0000');
    expect(event.purchase?.products?.[0]?.tax_percent).toBe('0.00');
    expect(event.client?.client_type).toBeNull();
    expect(event.payment).toBeNull();
    expect(Object.keys(event).sort()).toEqual(Object.keys(body).sort());
  });

  it('uses only fields that openapi.yaml declares on PurchaseEvent', () => {
    const root = spec.components.schemas.PurchaseEvent;
    if (!root) throw new Error('PurchaseEvent missing');
    const undeclared = keyPaths(body).filter((path) => fieldAt(root, path) === undefined);
    expect(undeclared).toEqual([]);
  });

  it('maps every purchase event type of the webhooks section to the purchase event schema', () => {
    const purchaseEvents = Object.keys(webhookEventSchemas).filter((e) => e.startsWith('purchase.'));
    expect(purchaseEvents.length).toBeGreaterThanOrEqual(6);
    for (const event of purchaseEvents) {
      expect(webhookEventSchemas[event as keyof typeof webhookEventSchemas]).toBe(PurchaseEventSchema);
    }
  });

  it('fails to parse when a field has the wrong type, so the check is not vacuous', () => {
    expect(PurchaseEventSchema.safeParse({ ...body, status_history: 'created' }).success).toBe(false);
    expect(PurchaseEventSchema.safeParse({ ...body, id: undefined }).success).toBe(false);
  });
});
