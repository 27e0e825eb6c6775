import type {
  WebhookCreateParams,
  WebhookReplaceParams,
  WebhooksDeliveriesQuery,
  WebhookUpdateParams,
} from '@ummah/schema/ummah/types';
import { unixSeconds } from './clock';
import type { DomainContext } from './context';
import { invalidField, notFound } from './errors';
import { newId } from './ids';
import type { DeliveryRecord, WebhookRecord } from './records';
import type { WebhookEntry } from './state';

/** Webhook fields as a create, PUT or PATCH body leaves them. */
type WebhookFields = Pick<WebhookRecord, 'callback' | 'title' | 'events' | 'all_events'>;

/** Creates a webhook with its own RSA key pair: the public half is what deliveries verify with. */
export async function createWebhook(
  context: DomainContext,
  body: WebhookCreateParams,
): Promise<WebhookRecord> {
  const fields = webhookFields(body);
  const keys = await context.keys.webhook();
  const now = unixSeconds(context.clock);
  const record: WebhookRecord = {
    id: newId('webhook'),
    ...fields,
    public_key: keys.publicKeyPem,
    created_on: now,
    updated_on: now,
  };
  context.state.webhooks.set(record.id, { record, keys });
  return record;
}

/** Looks a webhook up. */
export function getWebhook(context: DomainContext, id: string): WebhookRecord {
  return entryOf(context, id).record;
}

/** Webhooks, newest first. */
export function listWebhooks(context: DomainContext): WebhookRecord[] {
  return [...context.state.webhooks.values()].map((entry) => entry.record).reverse();
}

/** PUT: every field is replaced; the ones the body leaves out reset to their defaults. */
export function replaceWebhook(
  context: DomainContext,
  id: string,
  body: WebhookReplaceParams,
): WebhookRecord {
  return save(context, entryOf(context, id).record, webhookFields(body));
}

/** PATCH: only the fields the body sets change (a parsed JSON body holds no undefined values). */
export function updateWebhook(context: DomainContext, id: string, body: WebhookUpdateParams): WebhookRecord {
  const { record } = entryOf(context, id);
  return save(context, record, webhookFields({ ...record, ...body }));
}

/** Deletes a webhook; its deliveries stay in the log. */
export function deleteWebhook(context: DomainContext, id: string): void {
  context.state.webhooks.delete(entryOf(context, id).record.id);
}

/** The delivery attempts of events about one object, newest first. */
export function listDeliveries(context: DomainContext, query: WebhooksDeliveriesQuery): DeliveryRecord[] {
  return context.state.deliveries
    .filter((delivery) => delivery.source_id === query.id && delivery.source_type === query.source_type)
    .reverse();
}

/** The company public key (PEM) behind `GET /public_key/`. */
export async function companyPublicKey(context: DomainContext): Promise<string> {
  return (await context.keys.company()).publicKeyPem;
}

/**
 * The stored fields of a body, with defaults. A webhook must listen to something: the schema cannot
 * say "`events` or `all_events`", so that rule is checked here.
 */
function webhookFields(body: WebhookReplaceParams): WebhookFields {
  const events = [...new Set(body.events ?? [])];
  const allEvents = body.all_events ?? false;
  if (!allEvents && events.length === 0) {
    throw invalidField('events', 'Select at least one event or set all_events to true.');
  }
  return { callback: body.callback, title: body.title ?? '', events, all_events: allEvents };
}

function save(context: DomainContext, record: WebhookRecord, fields: WebhookFields): WebhookRecord {
  return Object.assign(record, fields, { updated_on: unixSeconds(context.clock) });
}

function entryOf(context: DomainContext, id: string): WebhookEntry {
  const entry = context.state.webhooks.get(id);
  if (!entry) throw notFound();
  return entry;
}
