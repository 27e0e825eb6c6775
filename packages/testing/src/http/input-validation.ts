import { z } from 'zod';
import { badRequest, type FieldErrors } from './gateway-error';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** zod issues as the gateway reports them: messages keyed by dotted field path. */
function fieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldErrors {
  const details: FieldErrors = {};
  const add = (path: string, message: string): void => {
    const key = path === '' ? 'non_field_errors' : path;
    details[key] = [...(details[key] ?? []), message];
  };
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(path ? `${path}.${key}` : key, 'Unknown field.');
    } else if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
      add(path, 'This field is required.');
    } else {
      add(path, issue.message);
    }
  }
  return details;
}

/**
 * Parses input with a request schema (the strict zod schemas the SDK is generated from) and answers
 * 400 in the gateway's shape when it does not fit, one entry per field:
 * `{"error": "Bad Request", "details": {"purchase.products.0.price": ["…"]}}`.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(fieldErrors(parsed.error.issues, input));
  return parsed.data;
}

/** A query value as the schema's field expects it: query strings only carry text. */
function typedQueryValue(field: z.ZodType | undefined, raw: string): unknown {
  const type = field instanceof z.ZodOptional ? field.unwrap() : field;
  if (type instanceof z.ZodBoolean) return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type instanceof z.ZodNumber && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}

/**
 * The query parameters as the object a query schema describes: numbers and booleans converted from
 * text where the schema expects them. Empty values count as absent (`?id=` is no id), and the names
 * in `skip` (pagination) are left out.
 */
export function queryInput(
  schema: z.ZodType,
  params: URLSearchParams,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = schema instanceof z.ZodObject ? schema.shape : {};
  const query: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const raw = params.get(name) ?? '';
    if (raw !== '' && !skip.includes(name)) query[name] = typedQueryValue(shape[name], raw);
  }
  return query;
}
