import { describe, expect, it } from 'vitest';
import { checkManifest } from './manifest-check.js';
import type { PackageManifest } from './workspace.js';

const expected = { enginesNode: '>=20.19.0' };

function manifest(overrides: Partial<PackageManifest> = {}): PackageManifest {
  return {
    name: '@ummah/example',
    version: '1.0.0',
    sideEffects: false,
    engines: { node: '>=20.19.0' },
    files: ['dist'],
    exports: {
      '.': {
        deno: { types: './dist/index.d.ts', default: './dist/index.js' },
        node: {
          import: { types: './dist/node.d.ts', default: './dist/node.js' },
          require: { types: './dist/node.d.cts', default: './dist/node.cjs' },
        },
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './package.json': './package.json',
    },
    ...overrides,
  };
}

function codes(pkg: PackageManifest): string[] {
  return checkManifest(pkg, expected).map((finding) => finding.code);
}

describe('checkManifest', () => {
  it('accepts a manifest with typed conditional exports, sideEffects false, engines and files', () => {
    expect(checkManifest(manifest(), expected)).toEqual([]);
  });

  it('reports a missing exports map', () => {
    expect(codes(manifest({ exports: undefined }))).toEqual(['exports']);
  });

  it('reports JavaScript exported without types, and types that are not the first key', () => {
    const found = checkManifest(
      manifest({
        exports: {
          '.': {
            import: { default: './dist/index.js' },
            require: { default: './dist/index.cjs', types: './dist/index.d.cts' },
          },
        },
      }),
      expected,
    );
    expect(found.map((finding) => finding.message)).toEqual([
      'exports["."].import exports JavaScript without a "types" condition next to it',
      'exports["."].require.types must be the first key (TypeScript stops at the first match)',
    ]);
  });

  it('reports a bare string export of JavaScript, which carries no types', () => {
    expect(codes(manifest({ exports: { '.': './dist/index.js' } }))).toEqual(['exports-types']);
  });

  it('reports runtime conditions placed after node, where Bun and Deno never reach them', () => {
    const exports = {
      '.': {
        node: { types: './dist/node.d.ts', default: './dist/node.js' },
        deno: { types: './dist/index.d.ts', default: './dist/index.js' },
      },
    };
    expect(checkManifest(manifest({ exports }), expected)[0]?.message).toMatch(/lists deno after "node"/);
  });

  it('reports a node build with no build for other runtimes', () => {
    const exports = { '.': { node: { types: './dist/node.d.ts', default: './dist/node.js' } } };
    expect(codes(manifest({ exports }))).toEqual(['runtime-conditions']);
  });

  it('reports sideEffects that is not false', () => {
    expect(codes(manifest({ sideEffects: undefined }))).toEqual(['side-effects']);
    expect(codes(manifest({ sideEffects: ['./dist/polyfill.js'] }))).toEqual(['side-effects']);
  });

  it('reports engines.node missing or different from the workspace floor', () => {
    expect(codes(manifest({ engines: undefined }))).toEqual(['engines']);
    expect(codes(manifest({ engines: { node: '>=18' } }))).toEqual(['engines']);
  });

  it('reports a manifest without a files allow-list', () => {
    expect(codes(manifest({ files: undefined }))).toEqual(['files']);
  });
});
