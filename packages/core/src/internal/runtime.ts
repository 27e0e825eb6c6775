/** The JavaScript runtime the SDK runs on, for the User-Agent header. */
export interface RuntimeInfo {
  name: 'node' | 'deno' | 'bun' | 'workerd' | 'browser' | 'unknown';
  version: string;
}

interface RuntimeGlobals {
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  process?: { versions?: { node?: string } };
  navigator?: { userAgent?: string };
  window?: unknown;
}

/** Detects the runtime from its globals; never imports anything, so it is safe on every runtime. */
export function detectRuntime(globals: RuntimeGlobals = globalThis as RuntimeGlobals): RuntimeInfo {
  // Deno and Bun also define `process`, so they are checked first.
  if (typeof globals.Deno?.version?.deno === 'string')
    return { name: 'deno', version: globals.Deno.version.deno };
  if (typeof globals.Bun?.version === 'string') return { name: 'bun', version: globals.Bun.version };
  if (globals.navigator?.userAgent === 'Cloudflare-Workers') return { name: 'workerd', version: 'unknown' };
  if (typeof globals.process?.versions?.node === 'string')
    return { name: 'node', version: globals.process.versions.node };
  if (globals.window !== undefined) return { name: 'browser', version: 'unknown' };
  return { name: 'unknown', version: 'unknown' };
}

/** `<product> (<runtime>/<version>)`, e.g. `ummah-node/0.1.0 (node/20.20.0)`. */
export function buildUserAgent(product: string, runtime: RuntimeInfo = detectRuntime()): string {
  return `${product} (${runtime.name}/${runtime.version})`;
}
