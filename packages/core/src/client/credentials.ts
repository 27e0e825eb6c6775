/**
 * A client's authentication headers and the one origin they may be sent to. Built once, here, at
 * construction; the engine attaches them to a call only when {@link sendsCredentials} agrees, so a
 * download link or any other absolute URL on a foreign host never receives the key.
 */
export interface Credentials {
  /** Authentication headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Their names, hidden from hooks and redacted in logs. */
  readonly names: ReadonlySet<string>;
  /** The API's origin (`https://gate.example`), the only one that receives {@link headers}. */
  readonly origin: string;
}

/** Builds the credentials of a client: `Authorization: Bearer <key>` unless the provider says otherwise. */
export function createCredentials(
  apiKey: string,
  baseURL: string,
  authHeaders: ((key: string) => Record<string, string>) | undefined,
): Credentials {
  const headers: Record<string, string> = {};
  const given = authHeaders === undefined ? { Authorization: `Bearer ${apiKey}` } : authHeaders(apiKey);
  for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value;
  return { headers, names: new Set(Object.keys(headers)), origin: new URL(baseURL).origin };
}

/**
 * Whether `url` (absolute, as the engine builds it) is on the API's origin. A string comparison
 * rather than a parse, because it runs on every call; a URL that is spelled differently from the
 * normalised origin (another port, user info, letter case) is treated as foreign, never the reverse.
 */
export function sendsCredentials(credentials: Credentials, url: string): boolean {
  const { origin } = credentials;
  if (!url.startsWith(origin)) return false;
  const next = url.charCodeAt(origin.length);
  // End of string, '/', '?' or '#': the origin ends exactly there.
  return Number.isNaN(next) || next === 47 || next === 63 || next === 35;
}
