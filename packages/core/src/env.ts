/**
 * Reads an environment variable where the runtime has one (`process.env` on Node/Bun, `Deno.env`
 * on Deno with --allow-env). Returns undefined on Workers and browsers, and when Deno denies access.
 */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  try {
    if (g.Deno?.env !== undefined) return g.Deno.env.get(name) ?? undefined;
    return g.process?.env?.[name] ?? undefined;
  } catch {
    return undefined; // Deno without --allow-env throws; a missing key is reported by the caller
  }
}
