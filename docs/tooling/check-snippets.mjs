// Type-checks every ```ts block of the guides in docs/, of the root README.md and of every
// packages/*/README.md against the built packages (run `pnpm build` first), so a renamed export or
// option breaks the docs check instead of a merchant's build.
//
//   node docs/tooling/check-snippets.mjs              # the guides and the READMEs
//   node docs/tooling/check-snippets.mjs page.md …    # only these Markdown files
//
// Each block is compiled as its own module. Names a snippet uses without defining them (the reader's
// own `orders`, `db`, `log` …) are declared in snippet-globals.d.ts. A page whose snippets continue
// from each other declares what they share in a comment the reader does not see, one declaration a
// line, added to each of its snippets that does not define that name itself:
//
//   <!-- snippet-context
//   declare const client: import('@ummah/core').HttpClient;
//   -->
//
// A block whose info string contains `no-check` (```ts no-check) is skipped.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { guides } from './guides.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, '..');
const root = resolve(docs, '..');
// One folder per run, so a test of this checker and `pnpm docs:check` never share one.
const out = join(root, '.tmp', `docs-snippets-${process.pid}`);
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
  undici: [pkg('core/node_modules/undici/types/index.d.ts')],
  msw: [pkg('testing/node_modules/msw/lib/core/index.d.mts')],
  'msw/node': [pkg('testing/node_modules/msw/lib/node/index.d.mts')],
};

/** The READMEs merchants read on the registry and the repository page, relative to the root. */
function readmes() {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(join(root, file)));
  return ['README.md', ...packages];
}

/** The Markdown files to check, relative to the root: the arguments, or the guides and READMEs. */
function pages() {
  const given = process.argv.slice(2);
  if (given.length > 0) return given.map((file) => relative(root, resolve(file)));
  return [...guides(docs).map((file) => `docs/${file}`), ...readmes()];
}

/** Extracts the ```ts blocks of one page, with the line each starts on. */
function snippetsOf(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const blocks = [];
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(text); match !== null; match = fence.exec(text)) {
    if (match[2].includes('no-check')) continue;
    blocks.push({ line: text.slice(0, match.index).split('\n').length + 1, code: match[3] });
  }
  return blocks;
}

/** The declarations of a page's `<!-- snippet-context … -->` comments, with the name each declares. */
function contextOf(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const declarations = [];
  for (const match of text.matchAll(/<!-- snippet-context\n([\s\S]*?)-->/g)) {
    for (const line of match[1].split('\n').map((l) => l.trim())) {
      const name = /^declare\s+(?:const|let|function|class|type|interface)\s+([A-Za-z_$][\w$]*)/.exec(
        line,
      )?.[1];
      if (name !== undefined) declarations.push({ name, line });
    }
  }
  return declarations;
}

/** Whether `code` defines or imports `name` itself (then the page's context must not redeclare it). */
function defines(code, name) {
  const declared = new RegExp(`\\b(?:const|let|var|function|class|type|interface)\\s+${name}\\b`);
  const imported = new RegExp(`^\\s*import\\b[^;]*\\b${name}\\b[^;]*\\bfrom\\b`, 'm');
  const destructured = new RegExp(`\\b(?:const|let|var)\\s*[{[][^=]*\\b${name}\\b[^=]*[}\\]]\\s*=`);
  return declared.test(code) || imported.test(code) || destructured.test(code);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const origins = new Map();
for (const file of pages()) {
  const context = contextOf(file);
  snippetsOf(file).forEach((block, index) => {
    const name = join(out, `${file.replace(/\.md$/, '').replace(/[/\\]/g, '-')}-${index + 1}.ts`);
    // A block without import/export would be a global script; `export {}` keeps each one a module.
    const isModule = /^\s*(import|export)\s/m.test(block.code);
    // Appended, so the snippet's own lines keep their numbers.
    const shared = context.filter(({ name }) => !defines(block.code, name)).map(({ line }) => line);
    writeFileSync(name, `${block.code}\n${shared.join('\n')}\n${isModule ? '' : 'export {};\n'}`);
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
    console.error(`${origin.file}:${origin.line + line}: ${message}`);
  } else {
    const where = diagnostic.file ? relative(root, diagnostic.file.fileName) : 'config';
    console.error(`${where}: ${message}`);
  }
}
rmSync(out, { recursive: true, force: true });
console.log(`${origins.size} snippets checked, ${diagnostics.length} problem(s).`);
process.exitCode = diagnostics.length === 0 ? 0 : 1;
