import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // The generated Plumaas module lives in the private @ummah/schema package: code and types are
  // inlined here, so the published tarball depends on nothing unpublished.
  noExternal: [/^@ummah\/schema(\/|$)/],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  footer: ({ format }) =>
    format === 'cjs'
      ? {
          // `require('@ummah/plumaas')` is the class itself; `.default`, `.Plumaas` and named exports keep working.
          js: [
            'if (module.exports && typeof module.exports.default === "function" && module.exports.Plumaas === module.exports.default) {',
            '  module.exports = Object.defineProperty(Object.assign(module.exports.default, module.exports), "__esModule", { value: true });',
            '}',
          ].join('\n'),
        }
      : {},
});
