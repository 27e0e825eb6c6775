/** Where a remote command (trigger, advance) finds the running mock. */
export interface RemoteTarget {
  /** The mock's address; any path is ignored, only the origin counts. */
  readonly url: string;
  readonly apiKey: string;
}

/** A remote command the mock refused, with its answer. */
export class RemoteCommandError extends Error {
  override readonly name = 'RemoteCommandError';
}

/** Calls one control endpoint of a running mock and returns its JSON answer. */
export async function callControl(target: RemoteTarget, path: string, body: unknown): Promise<unknown> {
  const url = new URL(`/_mock${path}`, new URL(target.url).origin);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new RemoteCommandError(
      `no mock answers at ${url.origin} (${reason}). Start one with \`ummah-mock\`.`,
    );
  }
  const text = await response.text();
  if (!response.ok) throw new RemoteCommandError(`the mock answered ${response.status}: ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}
