import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module specifier statically imported or re-exported by `file` and its local imports. */
function importGraph(entry: string): { files: Set<string>; external: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  };
  visit(entry);
  return { files, external };
}

describe('the runtime-neutral build', () => {
  it('imports nothing from Node or undici, so Deno, Bun, Workers and browsers can load it', () => {
    const { files, external } = importGraph(resolve(SRC, 'index.ts'));
    expect(files.size).toBeGreaterThan(20);
    expect([...external]).toEqual([]);
  });

  it('uses no bare Node-only globals such as Buffer, require or process', () => {
    const { files } = importGraph(resolve(SRC, 'index.ts'));
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      // Bare globals only: `globalThis.process` behind a runtime check is how the edge-safe code probes.
      expect(code, file).not.toMatch(/(?<![.\w])(Buffer\b|require\(|process\.)/);
    }
  });

  it('differs in the node build by exactly one import: undici', () => {
    const { external } = importGraph(resolve(SRC, 'index.node.ts'));
    expect([...external]).toEqual(['undici']);
  });
});
