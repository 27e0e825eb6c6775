import type { Operation, WebhookEventDefinition } from './operations.js';
import { collectRefs } from './schema-model.js';
import type { OpenApiDocument } from './spec.js';

/** The category of everything the `webhooks` section delivers. */
const EVENTS_CATEGORY = 'Webhooks';

/** `billingTemplates.subscribers.list` → `Billing templates`: the resource of an operation, as a title. */
export function categoryTitle(operationId: string): string {
  const resource = operationId.split('.')[0] ?? operationId;
  const words = resource.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The API reference category (`@category`) of each component schema: the resource of the first
 * operation that uses it (its parameters, body or answer, or a schema nested in them), in the order of
 * the description; event payloads are `Webhooks`. Schemas used by no operation (shared scalars, error
 * bodies) get none, and the reference lists them apart.
 */
export function schemaCategories(
  doc: OpenApiDocument,
  operations: Operation[],
  events: WebhookEventDefinition[],
): Map<string, string> {
  const categories = new Map<string, string>();
  const assign = (name: string, category: string): void => {
    if (categories.has(name)) return;
    categories.set(name, category);
    const schema = doc.components.schemas[name];
    if (schema) for (const nested of collectRefs(doc, schema)) assign(nested, category);
  };
  for (const op of operations) {
    const used = [op.querySchema, op.body?.schema, op.response, op.item];
    for (const name of used) if (name) assign(name, categoryTitle(op.id));
  }
  for (const event of events) assign(event.schema, EVENTS_CATEGORY);
  return categories;
}
