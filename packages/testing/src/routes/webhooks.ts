import type { WebhookEntry } from '../domain/gateway-state';
import { newId } from '../domain/ids';
import type { DeliveryRecord, WebhookRecord } from '../domain/records';
import { EVENT_TYPES } from '../events/event-types';
import type { BodyReader } from '../http/body-reader';
import { notFound } from '../http/gateway-error';
import { json, noContent } from '../http/mock-result';
import { paginate } from '../http/pagination';
import { type ApiRoute, type Ctx, reader, requireQuery, wire } from './route-helpers';

const SOURCE_TYPES: readonly DeliveryRecord['source_type'][] = [
  'purchase',
  'payment',
  'payout',
  'billing_template_client',
];

function entryOf(context: Ctx): WebhookEntry {
  const entry = context.gateway.state.webhooks.get(context.params.id!);
  if (!entry) throw notFound();
  return entry;
}

/** Reads webhook fields; with `partial` absent fields keep their value (PATCH). */
function readWebhook(body: BodyReader, current: WebhookRecord | undefined, partial: boolean) {
  const callback = body.url('callback', { required: !partial }) ?? current?.callback;
  const title = body.string('title', { maxLength: 256 }) ?? (partial ? current?.title : undefined) ?? '';
  const events = body.strings('events') ?? (partial ? current?.events : undefined) ?? [];
  const allEvents = body.boolean('all_events') ?? (partial ? current?.all_events : undefined) ?? false;
  events.forEach((event, index) => {
    if (!(EVENT_TYPES as readonly string[]).includes(event))
      body.fail(`events.${index}`, `"${event}" is not a valid choice.`);
  });
  if (!allEvents && events.length === 0)
    body.fail('events', 'Select at least one event or set all_events to true.');
  body.assertValid();
  return { callback: callback!, title, events: [...new Set(events)], all_events: allEvents };
}

async function create(context: Ctx) {
  const fields = readWebhook(reader(context), undefined, false);
  // One RSA key pair per webhook: its public half is what the merchant verifies deliveries with.
  const keys = await context.gateway.keyPool.take();
  const now = context.gateway.now();
  const record: WebhookRecord = {
    id: newId('webhook'),
    ...fields,
    public_key: keys.publicKeyPem,
    created_on: now,
    updated_on: now,
  };
  context.gateway.state.webhooks.set(record.id, { record, keys });
  return json(wire(record), 201);
}

function write(partial: boolean) {
  return (context: Ctx) => {
    const entry = entryOf(context);
    const fields = readWebhook(reader(context), entry.record, partial);
    Object.assign(entry.record, fields, { updated_on: context.gateway.now() });
    return json(wire(entry.record));
  };
}

function deliveries(context: Ctx) {
  const [id, sourceType] = requireQuery(context, 'id', 'source_type');
  const body = reader(context);
  if (!(SOURCE_TYPES as readonly string[]).includes(sourceType!)) {
    body.fail('source_type', `"${sourceType}" is not a valid choice.`);
  }
  body.assertValid();
  const log = context.gateway.state.deliveries
    .filter((delivery) => delivery.source_id === id && delivery.source_type === sourceType)
    .reverse();
  return json(paginate(wire(log), context.url, context.gateway.pageSize));
}

/** `/webhooks/…` (deliveries first: its literal path must win over `/webhooks/{id}/`). */
export const webhookRoutes: ApiRoute[] = [
  { method: 'GET', path: '/webhooks/deliveries/', operationId: 'webhooks.deliveries', handler: deliveries },
  { method: 'POST', path: '/webhooks/', operationId: 'webhooks.create', handler: create },
  {
    method: 'GET',
    path: '/webhooks/',
    operationId: 'webhooks.list',
    handler: (context) => {
      const records = [...context.gateway.state.webhooks.values()].map((entry) => entry.record).reverse();
      return json(paginate(wire(records), context.url, context.gateway.pageSize));
    },
  },
  {
    method: 'GET',
    path: '/webhooks/{id}/',
    operationId: 'webhooks.retrieve',
    handler: (context) => json(wire(entryOf(context).record)),
  },
  { method: 'PUT', path: '/webhooks/{id}/', operationId: 'webhooks.replace', handler: write(false) },
  { method: 'PATCH', path: '/webhooks/{id}/', operationId: 'webhooks.update', handler: write(true) },
  {
    method: 'DELETE',
    path: '/webhooks/{id}/',
    operationId: 'webhooks.delete',
    handler: (context) => {
      context.gateway.state.webhooks.delete(entryOf(context).record.id);
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/public_key/',
    operationId: 'publicKey.retrieve',
    handler: async (context) => json((await context.gateway.companyKeys()).publicKeyPem),
  },
];
