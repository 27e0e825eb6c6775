import { APIS, type ApiDescription, outputDir } from './apis.js';
import { banner, jsdoc, key, str } from './code.js';
import { emitEvents } from './emit-events.js';
import { emitRoutes } from './emit-routes.js';
import { LIST_RESPONSE, tsDeclaration } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { SCHEMA_HELPERS, schemaConst, zodDeclaration } from './emit-zod.js';
import {
  collectOperations,
  collectWebhookEvents,
  type WebhookEventDefinition,
  withQuerySchemas,
} from './operations.js';
import { dependencyOrder } from './schema-model.js';
import { parseSpec } from './spec.js';

/**
 * A file that only type-checks: for every component, the zod schema's output type and the
 * interface describe the same values (both ways). The two are emitted by separate code paths, so
 * this is what catches them drifting apart. It is not exported; `tsc --noEmit` of the package runs it.
 */
function typeChecks(names: string[], header: string): string {
  const rows = names.map((n) => `  ${n}: Agrees<typeof schemas.${schemaConst(n)}, types.${n}>;`);
  return `${header}

import type { z } from 'zod';
import type * as schemas from './schemas.js';
import type * as types from './types.js';

/** \`true\` when a schema parses to exactly the values its TypeScript type describes. */
type Agrees<Schema extends z.ZodType, Type> = [z.output<Schema>] extends [Type]
  ? [Type] extends [z.output<Schema>]
    ? true
    : false
  : false;

type AllAgree<T extends Record<string, true>> = T;

/** Fails to compile, naming the component, when a generated schema and its type disagree. */
export type SchemasAgreeWithTypes = AllAgree<{
${rows.join('\n')}
}>;
`;
}

function webhookTypes(events: WebhookEventDefinition[]): string {
  const lines = events.map((e) => `${jsdoc(e.summary, 1)}  ${key(e.event)}: ${e.schema};`);
  return `/** The payload of each event type the gateway sends (see the \`webhooks\` section of openapi.yaml). */
export interface WebhookEventPayloads {
${lines.join('\n')}
}

/** An event type with a known payload schema. */
export type KnownWebhookEvent = keyof WebhookEventPayloads;
`;
}

function webhookSchemas(events: WebhookEventDefinition[]): string {
  const lines = events.map((e) => `  ${key(e.event)}: ${schemaConst(e.schema)},`);
  return `/**
 * The open payload schema of each event type. Unknown event types are not listed; parse them with
 * \`WebhookEventSchema\` or the schema of their object.
 *
 * @example
 * const event = webhookEventSchemas['purchase.paid'].parse(JSON.parse(rawBody));
 */
export const webhookEventSchemas = {
${lines.join('\n')}
} as const;
`;
}

/**
 * Turns the text of one API description into its generated module, keyed by path relative to the
 * repository root (`packages/schema/ummah/types.ts`). Deterministic: the same text always
 * gives byte-identical output. `format` is applied to each file (the CLI passes biome; the identity
 * keeps the emitters' own layout).
 *
 * The module is split into slices so each consumer imports only what it uses: `routes` (no zod)
 * for building and routing requests, `validators` and `schemas` (zod) for checking them, `events`
 * (no zod) for the event names a verifier types, `types` for everything's TypeScript shape.
 */
export function buildFiles(
  specText: string,
  format: (source: string) => string = (s) => s,
  api: ApiDescription = APIS[0] as ApiDescription,
): Map<string, string> {
  const parsed = parseSpec(specText);
  const operations = collectOperations(parsed);
  const doc = withQuerySchemas(parsed, operations);
  const events = collectWebhookEvents(doc);
  const names = Object.keys(doc.components.schemas);
  const header = banner(api.spec);

  const types = [
    header,
    '',
    `/** Version of the API these types describe (\`info.version\` of ${api.spec}). */`,
    `export const API_VERSION = ${str(doc.info.version)};`,
    '',
    LIST_RESPONSE,
    names.map((name) => tsDeclaration(doc, name)).join('\n'),
    webhookTypes(events),
  ].join('\n');

  const schemas = [
    header,
    '',
    "import { z } from 'zod';",
    '',
    SCHEMA_HELPERS,
    dependencyOrder(doc)
      .map((name) => zodDeclaration(doc, name))
      .join('\n'),
    webhookSchemas(events),
  ].join('\n');

  const index = `${header}

export { type WebhookEventType, webhookEventTypes } from './events.js';
export * from './routes.js';
export * from './schemas.js';
export * from './types.js';
export * from './validators.js';
`;

  const contents = {
    'types.ts': types,
    'schemas.ts': schemas,
    'routes.ts': emitRoutes(operations, header),
    'validators.ts': emitValidators(operations, header),
    'events.ts': emitEvents(events, header),
    'index.ts': index,
    'type-checks.ts': typeChecks(names, header),
  };
  const dir = outputDir(api);
  const files = new Map<string, string>();
  for (const [name, content] of Object.entries(contents)) files.set(`${dir}/${name}`, format(content));
  return files;
}
