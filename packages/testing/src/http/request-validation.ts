import type { OperationValidators } from '@ummah/schema/ummah/validators';
import { validators } from '@ummah/schema/ummah/validators';
import type { JsonObject } from './body-reader';
import { badRequest, type FieldErrors } from './gateway-error';

const table = validators as Readonly<Record<string, OperationValidators>>;

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let current = body;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Validates a request body against the OpenAPI request schema of its operation (the same strict zod
 * schemas the SDK is generated from) and answers 400 in the gateway's shape, one entry per field:
 * `{"error": "Bad Request", "details": {"purchase.products.0.price": ["…"]}}`.
 */
export function validateRequestBody(operationId: string, body: JsonObject): void {
  const schema = table[operationId]?.body;
  if (!schema) return;
  const parsed = schema.safeParse(body);
  if (parsed.success) return;
  const details: FieldErrors = {};
  const add = (path: string, message: string): void => {
    const key = path === '' ? 'non_field_errors' : path;
    const messages = details[key] ?? [];
    messages.push(message);
    details[key] = messages;
  };
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(path ? `${path}.${key}` : key, 'Unknown field.');
    } else if (issue.code === 'invalid_type' && valueAt(body, issue.path) === undefined) {
      add(path, 'This field is required.');
    } else {
      add(path, issue.message);
    }
  }
  throw badRequest(details);
}
