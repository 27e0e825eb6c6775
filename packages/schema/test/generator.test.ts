import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APIS, type ApiDescription, apiNamed, outputDir } from '../scripts/lib/apis.js';
import { buildFiles } from '../scripts/lib/build.js';
import { formatTypeScriptFiles } from '../scripts/lib/format.js';
import { syncGeneratedFiles } from '../scripts/lib/sync.js';
import { specText } from './helpers/spec.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(schemaDir, '..', '..');
const GENERATED_NAMES = [
  'types.ts',
  'schemas.ts',
  'routes.ts',
  'validators.ts',
  'checks.ts',
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

/** The text of a description of this package. */
function textOf(api: ApiDescription): string {
  return readFileSync(join(schemaDir, api.spec), 'utf8');
}

/**
 * Every description's generated files, keyed by path: as the emitters write them, or, with
 * `formatted`, as `pnpm generate` writes them (one biome run over all of them).
 */
function buildAll(formatted = false): Map<string, Map<string, string>> {
  const built = new Map(APIS.map((api) => [api.name, buildFiles(textOf(api), undefined, api)]));
  if (!formatted) return built;
  const all = formatTypeScriptFiles(allFiles(built), repoRoot);
  return new Map(
    [...built].map(([name, files]) => [name, new Map([...files.keys()].map((p) => [p, all.get(p) ?? '']))]),
  );
}

/** One map of every generated file of every description, failing if two write the same path. */
function allFiles(built: Map<string, Map<string, string>>): Map<string, string> {
  const all = new Map<string, string>();
  for (const files of built.values()) {
    for (const [path, content] of files) {
      if (all.has(path)) throw new Error(`${path} is emitted twice`);
      all.set(path, content);
    }
  }
  return all;
}

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
    for (const [path, content] of files)
      writeFileSync(join(dir, folder, path.split('/').pop() ?? ''), content);
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
  it('registers five descriptions, each with its own file and folder', () => {
    expect(APIS.map((api) => api.name)).toEqual(['ummah', 'plumaas', 'plexos', 'plugipay', 'pebblepay']);
    expect(new Set(APIS.map((api) => api.spec)).size).toBe(APIS.length);
    expect(new Set(APIS.map(outputDir)).size).toBe(APIS.length);
    // Only the Ummah gateway needs the trailing slash.
    expect(APIS.filter((api) => api.trailingSlash).map((api) => api.name)).toEqual(['ummah']);
  });

  it('gives byte-identical output when run twice', () => {
    const first = allFiles(buildAll(true));
    const second = allFiles(buildAll(true));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, content] of first) expect(second.get(path), path).toBe(content);
  });

  it('matches the committed generated files (what `pnpm generate:check` enforces)', () => {
    for (const [path, content] of allFiles(buildAll(true))) {
      expect(readFileSync(join(repoRoot, path), 'utf8'), path).toBe(content);
    }
  });

  it('writes each description once, into its own marked module that names it', () => {
    const built = buildAll();
    for (const api of APIS) {
      const files = built.get(api.name) ?? new Map<string, string>();
      const dir = outputDir(api);
      expect([...files.keys()].sort()).toEqual(GENERATED_NAMES.map((name) => `${dir}/${name}`).sort());
      for (const content of files.values()) {
        expect(
          content.startsWith(
            `// @generated by packages/schema/scripts/generate.ts from packages/schema/${api.spec}`,
          ),
        ).toBe(true);
      }
    }
    // No path is written by two descriptions.
    expect(allFiles(built).size).toBe(APIS.length * GENERATED_NAMES.length);
  });

  it('keeps zod out of the slices a client routes with and a verifier types with', () => {
    for (const [name, files] of buildAll()) {
      const dir = outputDir(apiNamed(name));
      const importsOf = (file: string) =>
        [...(files.get(`${dir}/${file}`) ?? '').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(importsOf('routes.ts'), name).toEqual(['./types.js']);
      expect(importsOf('events.ts'), name).toEqual(['./types.js']);
      expect(files.get(`${dir}/routes.ts`)).toMatch(/^import type \{[^}]+\} from '\.\/types\.js';$/m);
      expect(files.get(`${dir}/events.ts`)).toMatch(/^export type \{ [^}]+ \} from '\.\/types\.js';$/m);
    }
  });

  it('emits no runtime import other than zod, core and its own files', () => {
    for (const [name, files] of buildAll()) {
      const imports = [...files.values()].flatMap((c) => [...c.matchAll(/from '([^']+)'/g)].map((m) => m[1]));
      expect(new Set(imports), name).toEqual(
        new Set([
          'zod',
          '@ummah/core',
          './schemas.js',
          './types.js',
          './routes.js',
          './validators.js',
          './events.js',
        ]),
      );
    }
  });

  it('keeps zod out of the checks a client validates with: they import only core and the route ids', () => {
    for (const [name, files] of buildAll()) {
      const checks = files.get(`${outputDir(apiNamed(name))}/checks.ts`) ?? '';
      expect(
        [...checks.matchAll(/from '([^']+)'/g)].map((m) => m[1]),
        name,
      ).toEqual(['@ummah/core', './routes.js']);
    }
  });

  it('emits the list envelope helpers only for descriptions that page with `next` URLs', () => {
    const built = buildAll();
    const schemas = (name: string) => built.get(name)?.get(`${outputDir(apiNamed(name))}/schemas.ts`) ?? '';
    expect(schemas('ummah')).toContain('export function listResponseSchema');
    expect(schemas('pebblepay')).not.toContain('listResponseSchema');
    expect(built.get('pebblepay')?.get('packages/schema/pebblepay/types.ts')).not.toContain('ListResponse<');
  });

  it('reports stale, missing and extra files per folder in check mode and fixes them otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'ummah-generate-'));
    temporary.push(root);
    const files = allFiles(buildAll());
    const dirs = APIS.map(outputDir);
    expect(syncGeneratedFiles(files, dirs, root, false)).toHaveLength(files.size);
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual([]);

    const [first, second, third] = dirs;
    writeFileSync(join(root, `${first}`, 'types.ts'), '// edited by hand\n');
    rmSync(join(root, `${second}`, 'index.ts'));
    writeFileSync(join(root, `${third}`, 'leftover.ts'), 'export {};\n');
    writeFileSync(join(root, `${third}`, 'routes.ts'), '// edited by hand\n');
    const report = syncGeneratedFiles(files, dirs, root, true);
    expect(report).toEqual([
      `stale: ${first}/types.ts`,
      `missing: ${second}/index.ts`,
      `stale: ${third}/routes.ts`,
      `extra: ${third}/leftover.ts`,
    ]);
    // Check mode only reports; the next run still sees the same differences.
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual(report);
    syncGeneratedFiles(files, dirs, root, false);
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual([]);
    // A description's folder that does not exist yet is reported file by file, not as an error.
    rmSync(join(root, `${second}`), { recursive: true });
    expect(syncGeneratedFiles(files, dirs, root, true)).toEqual(
      GENERATED_NAMES.map((name) => `missing: ${second}/${name}`),
    );
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
    for (const api of APIS) expect(result.stdout).toContain(api.spec);
    expect(readFileSync(join(repoRoot, ummahDir, 'schemas.ts'), 'utf8')).toEqual(before);
  });

  it('emits code that type-checks, and fails the check naming the component when a type drifts from its schema', () => {
    const built = buildAll();
    const files = built.get('ummah') ?? new Map<string, string>();
    const typesPath = `${ummahDir}/types.ts`;
    const types = files.get(typesPath) ?? '';
    const drifted = types.replace(
      /(export interface PurchaseCaptureParams \{[^}]*?amount\?: )Amount;/,
      '$1string;',
    );
    expect(drifted).not.toBe(types);
    const sets = Object.fromEntries(built);
    const result = typeCheck({ ...sets, drifted: new Map([...files, [typesPath, drifted]]) });
    const errors = result.output.split('\n').filter((line) => line.includes('error TS'));
    expect(result.status).not.toBe(0);
    // Every untouched module compiles cleanly under the strict shared tsconfig…
    expect(errors.filter((line) => !line.startsWith('drifted/'))).toEqual([]);
    // …and the drifted one fails in the agreement file, naming the component.
    expect(errors.map((line) => line.split('(')[0])).toEqual(['drifted/type-checks.ts']);
    expect(result.output).toContain("Property 'PurchaseCaptureParams' is incompatible");
  });

  it('wires every description into the package, the linters and the type check', () => {
    const pkg = JSON.parse(readFileSync(join(schemaDir, 'package.json'), 'utf8')) as {
      exports: Record<string, string>;
      files: string[];
      scripts: Record<string, string>;
    };
    const biome = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8')) as {
      files: { includes: string[] };
    };
    const tsconfig = JSON.parse(readFileSync(join(schemaDir, 'tsconfig.json'), 'utf8')) as {
      include: string[];
    };
    const redocly = parse(readFileSync(join(schemaDir, 'redocly.yaml'), 'utf8')) as {
      apis: Record<string, { root: string }>;
    };
    for (const api of APIS) {
      expect(pkg.exports[`./${api.name}`]).toBe(`./${api.name}/index.ts`);
      expect(pkg.exports[`./${api.name}/*`]).toBe(`./${api.name}/*.ts`);
      expect(pkg.files).toContain(api.name);
      expect(biome.files.includes).toContain(`!${outputDir(api)}`);
      expect(tsconfig.include).toContain(api.name);
      expect(redocly.apis[api.name]?.root).toBe(api.spec);
    }
    expect(Object.keys(redocly.apis).sort()).toEqual(APIS.map((api) => api.name).sort());
    // With no argument, `redocly lint` (here behind the wrapper that drops its Node 20 banner) lints
    // every entry of `apis`.
    expect(pkg.scripts.lint).toBe('node scripts/redocly-lint.mjs');
    expect(readFileSync(join(schemaDir, 'scripts/redocly-lint.mjs'), 'utf8')).toContain(
      "[cli, 'lint', ...process.argv.slice(2)]",
    );
  });

  it.each([
    [
      'a path without its trailing slash',
      () => buildFiles(specWith('  /balance/:\n', '  /balance:\n')),
      'trailing slash',
    ],
    [
      'a trailing slash where the description has none',
      () => buildFiles(specText, undefined, { ...ummah, trailingSlash: false }),
      'no trailing slash',
    ],
    [
      'a dangling $ref',
      () =>
        buildFiles(
          specWith('$ref: "#/components/schemas/PurchaseStatus"', '$ref: "#/components/schemas/Nope"'),
        ),
      'Nope',
    ],
    [
      'a duplicate operationId',
      () => buildFiles(specWith('operationId: clients.retrieve', 'operationId: clients.list')),
      'duplicate operationId',
    ],
    [
      'an unsupported string format',
      () => buildFiles(specWith('format: email', 'format: idn-email')),
      'idn-email',
    ],
    ['OpenAPI 3.0', () => buildFiles(specWith('openapi: 3.1.0', 'openapi: 3.0.3')), 'OpenAPI 3.1'],
    [
      'a schema keyword it cannot express',
      () =>
        buildFiles(
          specWith('          minItems: 1\n', '          minItems: 1\n          uniqueItems: true\n'),
        ),
      'unsupported schema keyword uniqueItems',
    ],
    [
      'an example operation the description lacks',
      () =>
        buildFiles(specText, undefined, {
          ...ummah,
          examples: { ...ummah.examples, operation: 'nope.create' },
        }),
      'nope.create',
    ],
    [
      'an example event the description lacks',
      () =>
        buildFiles(specText, undefined, {
          ...ummah,
          examples: { ...ummah.examples, event: 'purchase.piad' },
        }),
      'purchase.piad',
    ],
    [
      'offset pagination without an offset parameter',
      () => {
        const api = apiNamed('pebblepay');
        const text = textOf(api).replace(
          '        - $ref: "#/components/parameters/Limit"\n        - $ref: "#/components/parameters/Offset"\n      responses:\n        "200":\n          description: A page of orders.',
          '        - $ref: "#/components/parameters/Limit"\n      responses:\n        "200":\n          description: A page of orders.',
        );
        expect(text).not.toBe(textOf(api));
        return buildFiles(text, undefined, api);
      },
      'offset pagination needs ?offset',
    ],
    [
      'offset pagination whose items are not a list of a named schema',
      () => {
        const api = apiNamed('pebblepay');
        return buildFiles(textOf(api).replace('items: orders', 'items: total'), undefined, api);
      },
      'x-pagination items total',
    ],
  ])('refuses %s instead of emitting wrong code', (_label, build, message) => {
    expect(build).toThrow(message);
  });
});
