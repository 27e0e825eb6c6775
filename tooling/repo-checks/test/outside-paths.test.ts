import { describe, expect, it } from 'vitest';
import { REPO_ROOT, scanRepository, scanSource } from '../src/outside-paths.js';

const root = '/repo';
const schemaTest = '/repo/packages/schema/test/callback.test.ts';
// Built from pieces so that this file does not itself name a path outside the repository.
const climb = '../'.repeat(4);

describe('scanSource', () => {
  it('flags the fixture path the schema callback test once read from a folder beside the repository', () => {
    const oldLine = `    new URL('${climb}shared/reference/fixtures/chip-signed-callback.json', import.meta.url),`;
    expect(scanSource(root, schemaTest, oldLine)).toEqual([
      {
        file: 'packages/schema/test/callback.test.ts',
        line: 1,
        literal: `${climb}shared/reference/fixtures/chip-signed-callback.json`,
        reason: 'climbs-out',
      },
    ]);
  });

  it('accepts the vendored copy of that fixture inside the repository', () => {
    const line =
      "readFileSync(new URL('../../webhooks/vectors/fixtures/chip-signed-callback.json', import.meta.url))";
    expect(scanSource(root, schemaTest, line)).toEqual([]);
  });

  it('flags join segment lists from the file folder that climb above the root, and not those that stay inside', () => {
    const file = '/repo/tooling/runtime-matrix/src/global-setup.ts';
    const source = [
      "const inside = join(PACKAGE_DIR, '..', '..', 'packages');",
      `const outside = join(__dirname, ${"'..', ".repeat(4)}'shared');`,
    ].join('\n');
    expect(scanSource(root, file, source).map((found) => [found.line, found.reason])).toEqual([
      [2, 'climbs-out'],
    ]);
  });

  it('flags absolute paths that exist on one machine, in any kind of string literal', () => {
    const slash = '/';
    const source = [
      `const a = '${slash}work/shared/x.json';`,
      `const b = "${slash}home/dev/key.pem";`,
      `const c = \`${slash}Users/me/\${name}\`;`,
    ].join('\n');
    expect(scanSource(root, '/repo/bench/run.ts', source).map((found) => [found.line, found.reason])).toEqual(
      [
        [1, 'absolute'],
        [2, 'absolute'],
        [3, 'absolute'],
      ],
    );
  });

  it('accepts relative imports, URLs and the OS temp folder', () => {
    const source = [
      "import { x } from '../src/x.js';",
      "const url = 'https://gate.ummah.com/api/v1/';",
      "const dir = join(tmpdir(), 'ummah-statements');",
    ].join('\n');
    expect(scanSource(root, '/repo/examples/statements/test/a.test.ts', source)).toEqual([]);
  });
});

describe('the repository', () => {
  it('has no test, script or source file that reads a path outside the repository', async () => {
    const outside = await scanRepository(REPO_ROOT);
    expect(outside.map((found) => `${found.file}:${found.line}: ${found.literal}`)).toEqual([]);
  });
});
