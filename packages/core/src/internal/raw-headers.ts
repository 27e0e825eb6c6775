/** Response headers as Node's HTTP clients hand them over: lower-case names, arrays for repeats. */
export type RawHeaders = Record<string, string | string[] | undefined>;

/** Builds a `Headers` from a plain header object (node:http's and undici's shape). */
export function toHeaders(raw: RawHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.append(name, value);
  }
  return headers;
}

/** One header of a plain header object, repeats joined as `Headers.get` would. */
export function rawHeader(raw: RawHeaders, name: string): string | undefined {
  const value = raw[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
