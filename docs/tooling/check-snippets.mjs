// Type-checks every ```ts block of the guides in docs/ against the built packages (run `pnpm build`
// first), so a renamed export or option breaks the docs check instead of a merchant's build.
//
//   node docs/tooling/check-snippets.mjs
//
// Each block is compiled as its own module. Names a snippet uses without defining them (the reader's
// own `orders`, `db`, `log` …) are declared in snippet-globals.d.ts. A block whose info string
// contains `no-check` (```ts no-check) is skipped.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { guides } from './guides.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, '..');
const root = resolve(docs, '..');
const out = join(root, '.tmp', 'docs-snippets');
const pkg = (path) => join(root, 'packages', path);

/** Where each import specifier used in the guides resolves: the published declaration files. */
const paths = {
  '@ummah/core': [pkg('core/dist/node.d.ts')],
  '@ummah/payments': [pkg('payments/dist/index.d.ts')],
  '@ummah/payments/node': [pkg('payments/dist/node.d.ts')],
  '@ummah/webhooks': [pkg('webhooks/dist/node.d.ts')],
  '@ummah/webhooks/web': [pkg('webhooks/dist/index.d.ts')],
  '@ummah/webhooks/express': [pkg('webhooks/dist/express.d.ts')],
  '@ummah/webhooks/redis': [pkg('webhooks/dist/redis.d.ts')],
  '@ummah/webhooks/keys': [pkg('webhooks/dist/keys.d.ts')],
  redis: [pkg('webhooks/node_modules/redis/dist/index.d.ts')],
  ioredis: [pkg('webhooks/node_modules/ioredis/built/index.d.ts')],
  'npm:@ummah/webhooks': [pkg('webhooks/dist/index.d.ts')],
  '@ummah/testing': [pkg('testing/dist/index.d.ts')],
  '@ummah/plumaas': [pkg('plumaas/dist/index.d.ts')],
  '@ummah/plexos': [pkg('plexos/dist/index.d.ts')],
  '@ummah/plugipay': [pkg('plugipay/dist/index.d.ts')],
  '@ummah/pebblepay': [pkg('pebblepay/dist/index.d.ts')],
  '@ummah/testing/server': [pkg('testing/dist/server.d.ts')],
  express: [pkg('webhooks/node_modules/@types/express')],
  msw: [pkg('testing/node_modules/msw/lib/core/index.d.mts')],
  'msw/node': [pkg('testing/node_modules/msw/lib/node/index.d.mts')],
};

/** Extracts the ```ts blocks of one guide, with the line each starts on. */
function snippetsOf(file) {
  const text = readFileSync(join(docs, file), 'utf8');
  const blocks = [];
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(text); match !== null; match = fence.exec(text)) {
    if (match[2].includes('no-check')) continue;
    blocks.push({ line: text.slice(0, match.index).split('\n').length + 1, code: match[3] });
  }
  return blocks;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const origins = new Map();
for (const file of guides(docs)) {
  snippetsOf(file).forEach((block, index) => {
    const name = join(out, `${file.replace(/\.md$/, '').replace('/', '-')}-${index + 1}.ts`);
    // A block without import/export would be a global script; `export {}` keeps each one a module.
    const isModule = /^\s*(import|export)\s/m.test(block.code);
    writeFileSync(name, isModule ? block.code : `${block.code}\nexport {};\n`);
    origins.set(name, { file, line: block.line });
  });
}

const program = ts.createProgram([...origins.keys(), join(here, 'snippet-globals.d.ts')], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
  strict: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: out,
  paths,
});

const diagnostics = ts.getPreEmitDiagnostics(program);
for (const diagnostic of diagnostics) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const origin = diagnostic.file && origins.get(resolve(diagnostic.file.fileName));
  if (diagnostic.file && diagnostic.start !== undefined && origin) {
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    console.error(`docs/${origin.file}:${origin.line + line}: ${message}`);
  } else {
    const where = diagnostic.file ? relative(root, diagnostic.file.fileName) : 'config';
    console.error(`${where}: ${message}`);
  }
}
console.log(`${origins.size} snippets checked, ${diagnostics.length} problem(s).`);
process.exitCode = diagnostics.length === 0 ? 0 : 1;
