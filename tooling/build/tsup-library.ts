import type { Options } from 'tsup';

/**
 * What every published package's build shares: ESM and CommonJS with declarations and source maps,
 * ES2022, and the generated module of the private `@ummah/schema` package inlined (its code and its
 * types), so no published tarball depends on anything unpublished.
 */
export const LIBRARY_BUILD = {
  format: ['esm', 'cjs'],
  noExternal: [/^@ummah\/schema(\/|$)/],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
} satisfies Options;

/**
 * The tsup build of a client package (`@ummah/payments`, `@ummah/plumaas`, …): {@link LIBRARY_BUILD}.
 *
 * In the CommonJS build, `require('@ummah/<client>')` is the client class itself, as merchants on
 * CommonJS expect, while `.default`, `.<className>` and every named export keep working. Only an
 * entry whose default export is that class is changed; other entries are left as they are.
 */
export function clientBuild(className: string, entry: string[] = ['src/index.ts']): Options {
  return {
    ...LIBRARY_BUILD,
    entry,
    footer: ({ format }) =>
      format === 'cjs'
        ? {
            js: [
              `if (module.exports && typeof module.exports.default === "function" && module.exports.${className} === module.exports.default) {`,
              '  module.exports = Object.defineProperty(Object.assign(module.exports.default, module.exports), "__esModule", { value: true });',
              '}',
            ].join('\n'),
          }
        : {},
  };
}
