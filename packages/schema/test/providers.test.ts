import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as pebblepay from '../pebblepay/index.js';
import * as plexos from '../plexos/index.js';
import * as plugipay from '../plugipay/index.js';
import * as plumaas from '../plumaas/index.js';
import { apiNamed } from '../scripts/lib/apis.js';
import type { SchemaObject } from '../scripts/lib/spec.js';
import { reference as pebblepayReference } from './fixtures/pebblepay-reference.js';
import { reference as plexosReference } from './fixtures/plexos-reference.js';
import { reference as plugipayReference } from './fixtures/plugipay-reference.js';
import { reference as plumaasReference } from './fixtures/plumaas-reference.js';
import type { ProviderReference } from './fixtures/provider-reference.js';
import { loadDescription } from './helpers/spec.js';

/** The parts of a generated module these tests read, the same for every provider. */
interface GeneratedModule {
  routes: Record<
    string,
    {
      method: string;
      path: string;
      paginated: boolean;
      pagination: 'next-url' | 'offset' | null;
      itemsField: string | null;
      queryParams: readonly string[];
    }
  >;
  validators: Record<
    string,
    { query: z.ZodType | null; body: z.ZodType | null; response: z.ZodType; item: z.ZodType | null }
  >;
  webhookEventTypes: readonly string[];
  webhookEventSchemas: Record<string, z.ZodType>;
  WebhookEventSchema: z.ZodType;
  ErrorResponseSchema: z.ZodType;
}

const providers: Array<{ name: string; reference: ProviderReference; generated: GeneratedModule }> = [
  { name: 'Plumaas', reference: plumaasReference, generated: plumaas },
  { name: 'Plexos Pay', reference: plexosReference, generated: plexos },
  { name: 'Plugipay', reference: plugipayReference, generated: plugipay },
  { name: 'PebblePay', reference: pebblepayReference, generated: pebblepay },
];

/** A field no provider documents, to prove requests refuse it and responses keep it. */
const UNKNOWN = 'surely_not_a_documented_field';

function issues(result: { success: boolean; error?: { issues: unknown[] } }): unknown[] {
  return result.error?.issues ?? [];
}

describe.each(providers)('the $name description', ({ reference, generated }) => {
  const api = apiNamed(reference.name);
  const description = loadDescription(api.spec, api.trailingSlash);
  const { doc, operations, component, fieldAt, enumValues } = description;

  describe('covers the documentation', () => {
    it('declares exactly the documented operations', () => {
      expect([...operations.keys()].sort()).toEqual(reference.operations.map((op) => op.id).sort());
      expect(Object.keys(generated.routes).sort()).toEqual(reference.operations.map((op) => op.id).sort());
    });

    it.each(reference.operations)('maps $id to $method $path', (ref) => {
      expect(operations.get(ref.id)?.method).toBe(ref.method);
      expect(operations.get(ref.id)?.path).toBe(ref.path);
      expect(generated.routes[ref.id]?.method).toBe(ref.method);
      expect(generated.routes[ref.id]?.path).toBe(ref.path);
    });

    it('writes paths without a trailing slash, as the documentation does', () => {
      for (const path of Object.keys(doc.paths)) expect(path.endsWith('/'), path).toBe(false);
      expect(api.trailingSlash).toBe(false);
    });

    it('names the documented base URL, or none when the documentation gives none', () => {
      const servers = (doc as { servers?: Array<{ url: string }> }).servers;
      if (reference.baseUrl === null) expect(servers).toBeUndefined();
      else expect(servers?.[0]?.url).toBe(reference.baseUrl);
    });

    it('marks every path it had to assume, and no other', () => {
      for (const op of operations.values()) {
        expect(op.assumedPath, op.id).toBe(reference.assumedPaths);
        if (reference.assumedPaths) {
          const raw = doc.paths[op.path]?.[op.method.toLowerCase() as 'post'];
          expect(raw?.description, op.id).toContain('path is assumed');
        }
      }
    });

    it('authenticates as documented', () => {
      const schemes = Object.values(
        (doc.components as { securitySchemes?: Record<string, Record<string, string>> }).securitySchemes ??
          {},
      );
      expect(schemes.some((s) => s.type === 'http' && s.scheme === 'bearer')).toBe(reference.auth.bearer);
      const header = schemes.find((s) => s.type === 'apiKey' && s.in === 'header');
      expect(header?.name ?? null).toBe(reference.auth.apiKeyHeader);
    });

    const requestCases = Object.entries(reference.requestFields).flatMap(([id, fields]) =>
      Object.entries(fields).map(([field, required]) => ({ id, field, required })),
    );
    it.each(requestCases)('$id takes body field $field (required: $required)', ({ id, field, required }) => {
      const body = operations.get(id)?.body;
      expect(body, `${id} has a request body`).toBeTruthy();
      const found = fieldAt(component(body?.schema ?? ''), field);
      expect(found, `${id} body declares ${field}`).toBeDefined();
      expect(found?.required).toBe(required);
    });

    it('takes no body field the documentation does not show', () => {
      for (const [id, fields] of Object.entries(reference.requestFields)) {
        const schema = description.objectBehind(component(operations.get(id)?.body?.schema ?? ''));
        expect(Object.keys(schema.properties ?? {}).sort(), id).toEqual(Object.keys(fields).sort());
      }
      const withBody = [...operations.values()].filter((op) => op.body).map((op) => op.id);
      expect(withBody.sort()).toEqual(Object.keys(reference.requestFields).sort());
    });

    const queryCases = Object.entries(reference.queryFields).flatMap(([id, fields]) =>
      Object.entries(fields).map(([name, required]) => ({ id, name, required })),
    );
    it.each(queryCases)('$id takes query parameter $name (required: $required)', ({ id, name, required }) => {
      const param = operations.get(id)?.queryParams.find((p) => p.name === name);
      expect(param, `${id} declares ?${name}`).toBeDefined();
      expect(param?.required === true).toBe(required);
      expect(generated.routes[id]?.queryParams).toContain(name);
    });

    it('says how each list pages, and that nothing else is a list', () => {
      for (const [id, route] of Object.entries(generated.routes)) {
        const style = reference.pagination[id] ?? null;
        expect(route.pagination, id).toBe(style);
        expect(route.paginated, id).toBe(style !== null);
        expect(route.itemsField === null, id).toBe(style === null);
        expect(generated.validators[id]?.item === null, id).toBe(style === null);
      }
    });

    const responseCases = Object.entries(reference.responseFields).flatMap(([schema, fields]) =>
      fields.map((field) => ({ schema, field })),
    );
    it.each(responseCases)('$schema declares field $field', ({ schema, field }) => {
      expect(fieldAt(component(schema), field)).toBeDefined();
    });

    it.each(Object.entries(reference.enums))('enumerates every documented value of %s', (name, values) => {
      const schema = component(name);
      if (name.endsWith('Input')) {
        // What a request may send: exactly the documented values, closed.
        expect(enumValues(schema)).toEqual(values);
        expect(schema['x-open-enum']).toBeUndefined();
      } else {
        // What a response may carry: at least the documented values, and any future one.
        expect(enumValues(schema)).toEqual(expect.arrayContaining(values));
        expect(schema['x-open-enum']).toBe(true);
      }
    });

    it('lists exactly the documented event types, in the webhooks section and in events.ts', () => {
      expect(Object.keys(doc.webhooks ?? {})).toEqual(reference.eventTypes);
      expect([...generated.webhookEventTypes]).toEqual(reference.eventTypes);
      expect(Object.keys(generated.webhookEventSchemas)).toEqual(reference.eventTypes);
      expect(enumValues(component('WebhookEventType'))).toEqual(reference.eventTypes);
    });

    const eventCases = Object.entries(reference.eventFields).flatMap(([event, fields]) =>
      fields.map((field) => ({ event, field })),
    );
    it.each(eventCases)('the $event payload declares $field', ({ event, field }) => {
      const body = doc.webhooks?.[event]?.post?.requestBody;
      const named = body?.$ref ? doc.components.requestBodies?.[body.$ref.split('/').pop() ?? ''] : body;
      const schema = named?.content?.['application/json']?.schema as SchemaObject;
      expect(fieldAt(schema, field)).toBeDefined();
    });

    it('declares the signature headers on every event', () => {
      for (const [event, item] of Object.entries(doc.webhooks ?? {})) {
        const names = (item.post?.parameters ?? []).map((p) => {
          const param = p.$ref ? doc.components.parameters?.[p.$ref.split('/').pop() ?? ''] : p;
          return param?.in === 'header' ? param.name : undefined;
        });
        expect(names, event).toEqual(expect.arrayContaining(reference.webhookHeaders));
      }
    });
  });

  describe('parses what the documentation shows', () => {
    const requestExamples = Object.entries(reference.requestExamples).flatMap(([id, bodies]) =>
      bodies.map((body) => ({ id, body })),
    );
    it.each(requestExamples)('the $id body $body passes the strict body schema', ({ id, body }) => {
      const result = generated.validators[id]?.body?.safeParse(body);
      expect(result && issues(result)).toEqual([]);
      expect(result?.data).toEqual(body);
    });

    const queryExamples = Object.entries(reference.queryExamples).flatMap(([id, queries]) =>
      queries.map((query) => ({ id, query })),
    );
    it.each(queryExamples)('the $id query $query passes the strict query schema', ({ id, query }) => {
      const result = generated.validators[id]?.query?.safeParse(query);
      expect(result && issues(result)).toEqual([]);
    });

    const responseExamples = Object.entries(reference.responseExamples).flatMap(([id, bodies]) =>
      bodies.map((body) => ({ id, body })),
    );
    it.each(responseExamples)('the $id answer $body parses, keeping unknown fields', ({ id, body }) => {
      const response = generated.validators[id]?.response;
      expect(response?.parse(body)).toEqual(body);
      const extended = { ...body, [UNKNOWN]: { nested: true } };
      expect(response?.parse(extended)).toEqual(extended);
    });

    it.each(reference.eventExamples)(
      'the documented $event event parses and keeps every field',
      ({ event, body }) => {
        const schema = generated.webhookEventSchemas[event];
        expect(schema?.parse(body)).toEqual(body);
        expect(generated.WebhookEventSchema.parse(body)).toEqual(body);
        const extended = { ...body, [UNKNOWN]: 1 };
        expect(schema?.parse(extended)).toEqual(extended);
      },
    );

    it.each(reference.errorExamples)('the error body %j parses', (body) => {
      expect(generated.ErrorResponseSchema.parse(body)).toEqual(body);
    });

    it('shows, in the generated JSDoc, a call its validator accepts', () => {
      const result = generated.validators[api.examples.operation]?.body?.safeParse(api.examples.body);
      expect(result && issues(result)).toEqual([]);
      expect(reference.eventTypes).toContain(api.examples.event);
    });
  });

  describe('keeps requests strict and responses open', () => {
    it('refuses unknown keys in every body and query', () => {
      for (const [id, op] of Object.entries(generated.validators)) {
        for (const schema of [op.body, op.query]) {
          if (!schema) continue;
          const result = schema.safeParse({ [UNKNOWN]: true });
          expect(result.success, id).toBe(false);
          expect(
            result.error?.issues.some((i) => i.code === 'unrecognized_keys'),
            id,
          ).toBe(true);
        }
      }
    });

    it('lets unknown event types and enum values through responses', () => {
      const event = reference.eventTypes[0] ?? '';
      const [example] = reference.eventExamples;
      const body = { ...(example?.body ?? {}) };
      const typeKey = 'event' in body ? 'event' : 'type';
      const parsed = generated.WebhookEventSchema.safeParse({
        ...body,
        [typeKey]: `${event}_from_the_future`,
      });
      expect(issues(parsed)).toEqual([]);
    });

    it('still refuses an event whose structure is wrong', () => {
      const [example] = reference.eventExamples;
      const body = example?.body ?? {};
      const typeKey = 'event' in body ? 'event' : 'type';
      expect(generated.WebhookEventSchema.safeParse({ ...body, [typeKey]: 42 }).success).toBe(false);
    });
  });
});
