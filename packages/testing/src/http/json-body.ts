import { malformedBody } from './gateway-error';

/** A JSON object as received in a request body. */
export type JsonObject = Record<string, unknown>;

/** True for plain JSON objects (not arrays, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a request body that must be a JSON object; an empty body reads as `{}`. Anything else answers
 * 400 with the gateway's parser wording.
 */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw malformedBody(`JSON parse error - ${error instanceof Error ? error.message : 'invalid JSON'}`);
  }
  if (!isJsonObject(parsed)) {
    throw malformedBody(
      `Invalid data. Expected a dictionary, but got ${Array.isArray(parsed) ? 'list' : typeof parsed}.`,
    );
  }
  return parsed;
}
