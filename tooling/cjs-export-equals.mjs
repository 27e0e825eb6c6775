#!/usr/bin/env node
// Rewrites a package's CommonJS declaration (`dist/index.d.cts`, written by tsup) so that it
// describes what `require()` really returns: the default-exported class itself, with every named
// export as a property (the package's CJS footer makes `module.exports` that class). tsup's
// declaration says `export default`, so `import Ummah = require('@ummah/payments')` followed by
// `new Ummah(key)` fails in a CommonJS TypeScript app with TS2351.
//
// The original declaration is kept beside it (`<name>.exports.d.cts`); the new one declares
//
//   declare class Ummah extends _exports.Ummah {}
//   declare namespace Ummah { export import APIError = exports.APIError; … }
//   export = Ummah;
//
// so `import Ummah = require(…)`, `const { APIError } = require(…)` typings, `Ummah.Ummah`,
// `Ummah.default` and `import Ummah from` (with or without esModuleInterop) all type-check.
//
//   node tooling/cjs-export-equals.mjs packages/payments/dist/index.d.cts Ummah
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const [file, className] = process.argv.slice(2);
if (!file || !className) {
  process.stderr.write('usage: node tooling/cjs-export-equals.mjs <dist/index.d.cts> <DefaultClass>\n');
  process.exit(2);
}

const target = resolve(file);
const stem = basename(target, '.d.cts');
const original = readFileSync(target, 'utf8');
if (original.includes('export = ')) {
  process.stdout.write(`${file} already uses export =\n`);
  process.exit(0);
}
const keptName = `${stem}.exports.d.cts`;
const kept = join(dirname(target), keptName);
// `export { type X }` lists become plain ones: an `import X = _exports.X` alias below may not name a
// type-only export (TS1379), and in a declaration file the `type` marker changes nothing else.
writeFileSync(
  kept,
  original.replace(
    /^export (?:type )?\{([^}]*)\}/gm,
    (_whole, list) => `export {${list.replace(/\btype /g, '')}}`,
  ),
);

// Ask the compiler for the module's exports, star re-exports included, so the list is complete.
const program = ts.createProgram([kept], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(kept);
const moduleSymbol = source && checker.getSymbolAtLocation(source);
if (!moduleSymbol) throw new Error(`cannot read the exports of ${kept}`);
const exported = checker.getExportsOfModule(moduleSymbol);
if (!exported.some((symbol) => symbol.getName() === 'default')) {
  throw new Error(`${file} has no default export to make the module's value`);
}
/**
 * One namespace member per named export. Names another package exports with `export type` cannot
 * be aliased with `import =` (TS1379), so they become type aliases with the same type parameters.
 */
function member(symbol) {
  const name = symbol.getName();
  if (!checker.getTypeOnlyAliasDeclaration(symbol)) return `  export import ${name} = _exports.${name};`;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const params = target.declarations?.[0]?.typeParameters ?? [];
  if (params.length === 0) return `  export type ${name} = _exports.${name};`;
  const declared = params.map((param) => param.getText()).join(', ');
  const passed = params.map((param) => param.name.getText()).join(', ');
  return `  export type ${name}<${declared}> = _exports.${name}<${passed}>;`;
}
const members = exported
  .filter((symbol) => symbol.getName() !== 'default' && symbol.getName() !== className)
  .sort((a, b) => a.getName().localeCompare(b.getName()))
  .map(member);

const specifier = `./${keptName.replace(/\.d\.cts$/, '.cjs')}`;
const lines = [
  '// The CommonJS view of this package: `require()` returns the default class with every named',
  '// export as a property. Generated after the build from the declaration beside it.',
  `import * as _exports from '${specifier}';`,
  '',
  `declare class ${className} extends _exports.${className} {}`,
  `declare namespace ${className} {`,
  ...members,
  `  export import ${className} = _exports.${className};`,
  `  const _default: typeof _exports.${className};`,
  '  export { _default as default };',
  '}',
  `export = ${className};`,
  '',
];
writeFileSync(target, lines.join('\n'));
process.stdout.write(`${file}: export = ${className} with ${members.length} named exports\n`);
