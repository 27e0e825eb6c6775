import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/**
 * Every module specifier `file` and its local imports load: statically (`import … from`, `export …
 * from`, type-only imports left out since they are erased) or on demand (`import('…')`).
 */
function importGraph(entry: string): { files: Set<string>; external: Set<string>; onDemand: Set<string> } {
  const files = new Set<string>();
  const external = new Set<string>();
  const onDemand = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    // Comments left out: a JSDoc example's `import … from 'undici'` loads nothing.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const match of source.matchAll(
      /(?:import|export)\s(?!type\s)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (match[2] !== undefined) onDemand.add(specifier);
      else external.add(specifier);
    }
  };
  visit(entry);
  return { files, external, onDemand };
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

  it('differs in the node build by Node built-ins only, and loads undici only on demand', () => {
    const { external, onDemand } = importGraph(resolve(SRC, 'index.node.ts'));
    expect([...external].sort()).toEqual([
      'node:http',
      'node:https',
      'node:net',
      'node:stream',
      'node:url',
      'node:util',
    ]);
    expect([...onDemand]).toEqual(['undici']);
  });
});
