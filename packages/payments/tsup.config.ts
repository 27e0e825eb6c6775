import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  // The generated API module lives in the private @ummah/schema package: its code and its types
  // are inlined here (tsconfig `paths` points declarations at its sources), so the published
  // tarball depends on nothing unpublished.
  noExternal: [/^@ummah\/schema(\/|$)/],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  footer: ({ format }) =>
    format === 'cjs'
      ? {
          // Makes `const Ummah = require('@ummah/payments')` the class itself, as merchants on
          // CommonJS expect, while `.default`, `.Ummah` and every named export keep working.
          // Only the main entry exports a default; the node helpers entry is left as is.
          js: [
            'if (module.exports && typeof module.exports.default === "function" && module.exports.Ummah === module.exports.default) {',
            '  module.exports = Object.defineProperty(Object.assign(module.exports.default, module.exports), "__esModule", { value: true });',
            '}',
          ].join('\n'),
        }
      : {},
});
