type MswHttp = typeof import('msw/core/http');

/** The CommonJS build's own file; undefined in the ES module build, which has `import.meta.url`. */
declare const __filename: string | undefined;

let loaded: MswHttp | undefined;

/** What reading `handlers` throws when msw is not installed. */
export const MSW_MISSING =
  '`handlers` needs msw, which is not installed. Install it next to @ummah/testing: `npm i -D msw` ' +
  '(msw is an optional peer dependency; the in-process `fetch`, `@ummah/testing/server` and ' +
  '`ummah-mock` do not need it).';

/**
 * Loads msw's `http` module on first use, synchronously (`handlers` is a getter). `msw/core/http`
 * rather than `msw`: the main entry also loads msw's GraphQL and cookie-store modules, which needs
 * env access on Deno, keeps Deno's process alive and fails in workerd. Resolved from this package,
 * where a package manager puts its peer dependencies. On Node ≥ 20.19 `require` of msw picks its ES
 * module build (the `module-sync` condition), the same instance a test's `import 'msw/node'` gets.
 */
export function loadMswHttp(): MswHttp {
  if (loaded !== undefined) return loaded;
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (nodeModule === undefined) throw new Error(`${MSW_MISSING} (no node:module in this runtime)`);
  const base = typeof __filename === 'string' ? __filename : import.meta.url;
  const specifier = 'msw/core/http';
  try {
    loaded = nodeModule.createRequire(base)(specifier) as MswHttp;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(MSW_MISSING, { cause: error });
    }
    throw error;
  }
  return loaded;
}
