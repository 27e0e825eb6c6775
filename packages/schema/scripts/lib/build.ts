import { APIS, type ApiDescription, outputDir } from './apis.js';
import { schemaCategories } from './categories.js';
import { banner, jsdoc, key, str } from './code.js';
import { emitChecks } from './emit-checks.js';
import { emitEvents } from './emit-events.js';
import { emitRoutes } from './emit-routes.js';
import { eventObjectType, LIST_RESPONSE, tsDeclaration, WITH_UNKNOWN_FIELDS } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { schemaConst, schemaHelpers, zodDeclaration } from './emit-zod.js';
import {
  collectOperations,
  collectWebhookEvents,
  type WebhookEventDefinition,
  withQuerySchemas,
} from './operations.js';
import { dependencyOrder, listItemName } from './schema-model.js';
import type { OpenApiDocument } from './spec.js';
import { checkSchemaKeywords, parseSpec } from './spec.js';

/** The schema every description with events has, which parses any of its events. */
const EVENT_ENVELOPE = 'WebhookEvent';

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

/**
 * The declared fields of a type, at every depth: zod's open objects carry an index signature for the
 * fields they pass through, while the response interfaces leave it out so that typos fail to compile.
 * Primitives stay as they are, so open enums (\`'a' | (string & {})\`) compare unchanged.
 */
type Declared<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? Declared<Item>[]
    : T extends object
      ? { [K in keyof T as string extends K ? never : K]: Declared<T[K]> }
      : T;

/** \`true\` when a schema parses to exactly the values its TypeScript type describes. */
type Agrees<Schema extends z.ZodType, Type> = [Declared<z.output<Schema>>] extends [Declared<Type>]
  ? [Declared<Type>] extends [Declared<z.output<Schema>>]
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

function webhookTypes(doc: OpenApiDocument, events: WebhookEventDefinition[], specFile: string): string {
  const lines = events.map((e) => `${jsdoc(e.summary, 1)}  ${key(e.event)}: ${e.schema};`);
  const objects = events.map((e) => `  ${key(e.event)}: ${eventObjectType(doc, e.schema)};`);
  return `/** The payload of each event type the gateway sends (see the \`webhooks\` section of ${specFile}). */
export interface WebhookEventPayloads {
${lines.join('\n')}
}

/** An event type with a known payload schema. */
export type KnownWebhookEvent = keyof WebhookEventPayloads;

/**
 * The object each event type is about (a \`Purchase\` for \`purchase.paid\`): the same type the API's
 * responses use, derived from the payload schema of each event in the \`webhooks\` section.
 */
export interface WebhookEventObjects {
${objects.join('\n')}
}
`;
}

function webhookSchemas(events: WebhookEventDefinition[], example: string): string {
  const lines = events.map((e) => `  ${key(e.event)}: ${schemaConst(e.schema)},`);
  return `/**
 * The open payload schema of each event type. Unknown event types are not listed; parse them with
 * \`${schemaConst(EVENT_ENVELOPE)}\` or the schema of their object.
 *
 * @example
 * const event = webhookEventSchemas[${str(example)}].parse(JSON.parse(rawBody));
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
 * (no zod) for the event names a verifier types, `types` for everything's TypeScript shape, and
 * `checks` (no zod: @ummah/core's check functions) for the clients, whose bundles must stay small.
 */
export function buildFiles(
  specText: string,
  format: (source: string) => string = (s) => s,
  api: ApiDescription = APIS[0] as ApiDescription,
): Map<string, string> {
  const parsed = parseSpec(specText, api.spec);
  const operations = collectOperations(parsed, { trailingSlash: api.trailingSlash });
  const doc = withQuerySchemas(parsed, operations);
  checkSchemaKeywords(doc);
  const events = collectWebhookEvents(doc);
  const names = Object.keys(doc.components.schemas);
  const header = banner(api.spec);
  const specFile = api.spec.split('/').pop() ?? api.spec;
  if (events.length > 0 && !doc.components.schemas[EVENT_ENVELOPE]) {
    throw new Error(
      `${api.spec}: a description with webhooks needs a ${EVENT_ENVELOPE} schema for any event`,
    );
  }
  if (!events.some((e) => e.event === api.examples.event)) {
    throw new Error(`${api.spec}: example event ${api.examples.event} is not in the webhooks section`);
  }
  const schemaOf = (name: string) => doc.components.schemas[name] ?? {};
  const categories = schemaCategories(doc, operations, events);
  const listEnvelope = names.some((name) => listItemName(doc, schemaOf(name)) !== undefined);

  const types = [
    header,
    '',
    `/** Version of the API these types describe (\`info.version\` of ${api.spec}). */`,
    `export const API_VERSION = ${str(doc.info.version)};`,
    '',
    WITH_UNKNOWN_FIELDS,
    ...(listEnvelope ? [LIST_RESPONSE] : []),
    names.map((name) => tsDeclaration(doc, name, categories.get(name))).join('\n'),
    webhookTypes(doc, events, specFile),
  ].join('\n');

  const schemas = [
    header,
    '',
    "import { z } from 'zod';",
    '',
    schemaHelpers(listEnvelope),
    dependencyOrder(doc)
      .map((name) => zodDeclaration(doc, name))
      .join('\n'),
    webhookSchemas(events, api.examples.event),
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
    'routes.ts': emitRoutes(operations, header, api.examples.operation),
    'validators.ts': emitValidators(operations, header, api.examples),
    'checks.ts': emitChecks(doc, dependencyOrder(doc), operations, header, api.examples),
    'events.ts': emitEvents(events, header, api.examples.event),
    'index.ts': index,
    'type-checks.ts': typeChecks(names, header),
  };
  const dir = outputDir(api);
  const files = new Map<string, string>();
  for (const [name, content] of Object.entries(contents)) files.set(`${dir}/${name}`, format(content));
  return files;
}
