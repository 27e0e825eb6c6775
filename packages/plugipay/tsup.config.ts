import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // The generated Plugipay module lives in the private @ummah/schema package: code and types are
  // inlined here, so the published tarball depends on nothing unpublished.
  noExternal: [/^@ummah\/schema(\/|$)/],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  footer: ({ format }) =>
    format === 'cjs'
      ? {
          // `require('@ummah/plugipay')` is the class itself; `.default`, `.Plugipay` and named exports keep working.
          js: [
            'if (module.exports && typeof module.exports.default === "function" && module.exports.Plugipay === module.exports.default) {',
            '  module.exports = Object.defineProperty(Object.assign(module.exports.default, module.exports), "__esModule", { value: true });',
            '}',
          ].join('\n'),
        }
      : {},
});
