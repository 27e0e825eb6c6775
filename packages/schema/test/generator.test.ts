import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { apiNamed, outputDir } from '../scripts/lib/apis.js';
import { buildFiles } from '../scripts/lib/build.js';
import { formatTypeScript } from '../scripts/lib/format.js';
import { syncGeneratedFiles } from '../scripts/lib/sync.js';
import { specText } from './helpers/spec.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(schemaDir, '..', '..');
const format = (source: string) => formatTypeScript(source, repoRoot);
const GENERATED_NAMES = [
  'types.ts',
  'schemas.ts',
  'routes.ts',
  'validators.ts',
  'events.ts',
  'index.ts',
  'type-checks.ts',
];
const ummah = apiNamed('ummah');
const ummahDir = outputDir(ummah);
const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Type-checks sets of generated files, each in its own folder of one scratch project (one tsc run
 * is much cheaper than several); returns tsc's exit status and output.
 */
function typeCheck(sets: Record<string, Map<string, string>>): { status: number | null; output: string } {
  // Inside packages/schema so that `zod` resolves from its node_modules.
  const dir = mkdtempSync(join(schemaDir, '.tmp-typecheck-'));
  temporary.push(dir);
  for (const [folder, files] of Object.entries(sets)) {
    mkdirSync(join(dir, folder));
    for (const [path, content] of files) {
      const name = path.split('/').pop() ?? '';
      if (path.startsWith(`${ummahDir}/`)) writeFileSync(join(dir, folder, name), content);
    }
  }
  const tsconfig = {
    extends: '../../../tsconfig.base.json',
    compilerOptions: { noEmit: true, types: [] },
    include: ['*/*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const result = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** openapi.yaml with one piece of text replaced, failing loudly if the text is not there. */
function specWith(search: string, replacement: string): string {
  if (!specText.includes(search)) throw new Error(`openapi.yaml no longer contains ${search}`);
  return specText.replace(search, replacement);
}

// Formatting with biome and running tsc take seconds on a busy 2-core CI machine.
describe('the generator', { timeout: 60_000 }, () => {
  it('gives byte-identical output when run twice', () => {
    const first = buildFiles(specText, format);
    const second = buildFiles(specText, format);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, content] of first) expect(second.get(path), path).toBe(content);
  });

  it('matches the committed generated files (what `pnpm generate:check` enforces)', () => {
    for (const [path, content] of buildFiles(specText, format)) {
      expect(readFileSync(join(repoRoot, path), 'utf8'), path).toBe(content);
    }
  });

  it('writes each description once, into one marked module in the schema package', () => {
    const files = buildFiles(specText);
    expect([...files.keys()].sort()).toEqual(GENERATED_NAMES.map((name) => `${ummahDir}/${name}`).sort());
    for (const content of files.values()) expect(content.startsWith('// @generated')).toBe(true);
  });

  it('keeps zod out of the slices a client routes with and a verifier types with', () => {
    const files = buildFiles(specText);
    const importsOf = (name: string) =>
      [...(files.get(`${ummahDir}/${name}`) ?? '').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(importsOf('routes.ts')).toEqual(['./types.js']);
    expect(importsOf('events.ts')).toEqual(['./types.js']);
    expect(files.get(`${ummahDir}/routes.ts`)).toMatch(/^import type \* as types from '\.\/types\.js';$/m);
    expect(files.get(`${ummahDir}/events.ts`)).toMatch(/^export type \{ [^}]+ \} from '\.\/types\.js';$/m);
  });

  it('emits no runtime import other than zod and its own files', () => {
    const files = buildFiles(specText);
    const imports = [...files.values()].flatMap((c) => [...c.matchAll(/from '([^']+)'/g)].map((m) => m[1]));
    expect(new Set(imports)).toEqual(
      new Set(['zod', './schemas.js', './types.js', './routes.js', './validators.js', './events.js']),
    );
  });

  it('reports stale, missing and extra files in check mode and fixes them otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'ummah-generate-'));
    temporary.push(root);
    const files = buildFiles(specText);
    const dirs = [ummahDir];
    expect(syncGeneratedFiles(files, dirs, root, false)).toHaveLength(files.size);
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual([]);

    const first = ummahDir;
    writeFileSync(join(root, first, 'types.ts'), '// edited by hand\n');
    writeFileSync(join(root, first, 'leftover.ts'), 'export {};\n');
    rmSync(join(root, first, 'index.ts'));
    const report = syncGeneratedFiles(files, dirs, root, true);
    expect(report).toEqual([
      `stale: ${first}/types.ts`,
      `missing: ${first}/index.ts`,
      `extra: ${first}/leftover.ts`,
    ]);
    // Check mode only reports; the next run still sees the same differences.
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual(report);
    syncGeneratedFiles(files, dirs, root, false);
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual([]);
  });

  it('runs as `pnpm generate:check`, exiting 0 on the committed tree without touching it', () => {
    const before = readFileSync(join(repoRoot, ummahDir, 'schemas.ts'), 'utf8');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(schemaDir, 'scripts', 'generate.ts'), '--check'],
      { cwd: schemaDir, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('up to date');
    expect(readFileSync(join(repoRoot, ummahDir, 'schemas.ts'), 'utf8')).toEqual(before);
  });

  it('emits code that type-checks, and fails the check naming the component when a type drifts from its schema', () => {
    const files = buildFiles(specText);
    const typesPath = `${ummahDir}/types.ts`;
    const types = files.get(typesPath) ?? '';
    const drifted = types.replace(
      /(export interface PurchaseCaptureParams \{[^}]*?amount\?: )Amount;/,
      '$1string;',
    );
    expect(drifted).not.toBe(types);
    const result = typeCheck({ good: files, drifted: new Map([...files, [typesPath, drifted]]) });
    const errors = result.output.split('\n').filter((line) => line.includes('error TS'));
    expect(result.status).not.toBe(0);
    // The untouched copy compiles cleanly under the strict shared tsconfig…
    expect(errors.filter((line) => line.startsWith('good/'))).toEqual([]);
    // …and the drifted one fails in the agreement file, naming the component.
    expect(errors.map((line) => line.split('(')[0])).toEqual(['drifted/type-checks.ts']);
    expect(result.output).toContain("Property 'PurchaseCaptureParams' is incompatible");
  });

  it.each([
    [
      'a path without its trailing slash',
      () => specWith('  /balance/:\n', '  /balance:\n'),
      'trailing slash',
    ],
    [
      'a dangling $ref',
      () => specWith('$ref: "#/components/schemas/PurchaseStatus"', '$ref: "#/components/schemas/Nope"'),
      'Nope',
    ],
    [
      'a duplicate operationId',
      () => specWith('operationId: clients.retrieve', 'operationId: clients.list'),
      'duplicate operationId',
    ],
    ['an unsupported string format', () => specWith('format: email', 'format: idn-email'), 'idn-email'],
    ['OpenAPI 3.0', () => specWith('openapi: 3.1.0', 'openapi: 3.0.3'), 'OpenAPI 3.1'],
    [
      'a schema keyword it cannot express',
      () => specWith('          minItems: 1\n', '          minItems: 1\n          uniqueItems: true\n'),
      'unsupported schema keyword uniqueItems',
    ],
  ])('refuses %s instead of emitting wrong code', (_label, spec, message) => {
    expect(() => buildFiles(spec())).toThrow(message);
  });

  it.each([
    [
      'a trailing slash where the description has none',
      { ...ummah, trailingSlash: false },
      'no trailing slash',
    ],
    [
      'an example operation the description lacks',
      { ...ummah, examples: { ...ummah.examples, operation: 'nope.create' } },
      'nope.create',
    ],
    [
      'an example event the description lacks',
      { ...ummah, examples: { ...ummah.examples, event: 'purchase.piad' } },
      'purchase.piad',
    ],
  ])('refuses %s', (_label, api, message) => {
    expect(() => buildFiles(specText, undefined, api)).toThrow(message);
  });
});
