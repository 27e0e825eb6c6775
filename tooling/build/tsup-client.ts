import type { Options } from 'tsup';

/**
 * The tsup build of a client package (`@ummah/payments`, `@ummah/plumaas`, …): ESM and CommonJS
 * with declarations, the generated API module of the private `@ummah/schema` package inlined (its
 * code and types), so the published tarball depends on nothing unpublished.
 *
 * In the CommonJS build, `require('@ummah/<client>')` is the client class itself, as merchants on
 * CommonJS expect, while `.default`, `.<className>` and every named export keep working. Only an
 * entry whose default export is that class is changed; other entries are left as they are.
 */
export function clientBuild(className: string, entry: string[] = ['src/index.ts']): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    noExternal: [/^@ummah\/schema(\/|$)/],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
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
