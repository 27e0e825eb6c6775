import { readdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One place where a source file names a path outside the repository. */
export interface OutsidePath {
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The literal as written in the source. */
  readonly literal: string;
  /** Why it counts as outside: a relative path that climbs above the root, or a machine path. */
  readonly reason: 'climbs-out' | 'absolute';
}

/** Directories never scanned: installed, built or generated output, and version control. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp', 'api']);

/** Source files that tests and scripts are written in. */
const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx|jsx|sh)$/;

/**
 * Absolute paths that only exist on one machine: home folders, a developer's checkout, mounted
 * volumes. `/tmp` is not listed: portable code asks `os.tmpdir()`, but naming it reads nothing of
 * another checkout.
 */
const MACHINE_PATH = /^(?:\/(?:work|home|Users|root|mnt|srv|opt)\/|[A-Za-z]:[\\/])/;

/** Quoted string literals (single, double, and the constant head of a template literal). */
const STRING_LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)/g;

/** Calls that build a path from segments: `join(x, '..', '..')`, `resolve(here, '../..')`. */
const SEGMENT_CALL = /\b(?:join|resolve)\(\s*([^,()]+),((?:\s*'[^']*'\s*,?)+)\)/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function escapesRoot(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Finds the paths in one source file that leave the repository: relative literals (`'../x'`, and
 * `join(here, '..', '..')` segment lists) that, resolved from the file's own folder, climb above
 * `root`; and absolute paths that exist on one machine only (under /work, /home, C:\ …).
 *
 * Relative literals are resolved from the file's folder, as `new URL(path, import.meta.url)` and
 * `import` do; a path meant for the working directory that climbs this far is suspect anyway.
 *
 * @example
 * const source = `readFileSync(new URL('${'../'.repeat(4)}shared/x.json', import.meta.url))`;
 * scanSource('/repo', '/repo/packages/schema/test/a.test.ts', source);
 * // → [{ file: 'packages/schema/test/a.test.ts', line: 1, reason: 'climbs-out', literal: … }]
 */
export function scanSource(root: string, file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const here = dirname(file);
  const name = relative(root, file).split(sep).join('/');
  for (const match of text.matchAll(STRING_LITERAL)) {
    const literal = match[1] ?? match[2] ?? match[3] ?? '';
    const line = lineOf(text, match.index);
    if (MACHINE_PATH.test(literal)) {
      found.push({ file: name, line, literal, reason: 'absolute' });
    } else if (/^\.\.?\//.test(literal) && escapesRoot(root, resolve(here, literal))) {
      found.push({ file: name, line, literal, reason: 'climbs-out' });
    }
  }
  for (const match of text.matchAll(SEGMENT_CALL)) {
    const base = (match[1] ?? '').trim();
    // Only segment lists that start from the file's own folder can be resolved here.
    if (!/^(?:__dirname|here|HERE|\w*_DIR|\w*Dir)$/.test(base)) continue;
    const segments = [...(match[2] ?? '').matchAll(/'([^']*)'/g)].map((segment) => segment[1] ?? '');
    if (!segments.some((segment) => segment.startsWith('..'))) continue;
    if (escapesRoot(root, resolve(here, ...segments))) {
      found.push({
        file: name,
        line: lineOf(text, match.index),
        literal: `${base}, ${segments.map((segment) => `'${segment}'`).join(', ')}`,
        reason: 'climbs-out',
      });
    }
  }
  return found;
}

async function* sourceFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sourceFiles(path);
    } else if (entry.isFile() && (SOURCE_FILE.test(entry.name) || path.endsWith(join('.ci', 'run')))) {
      yield path;
    }
  }
}

/**
 * Scans every test, script and source file under `root` (skipping `node_modules`, `dist`, `.git`
 * and generated output) and returns each path that leaves the repository.
 *
 * @example
 * const outside = await scanRepository(repoRoot);
 * if (outside.length > 0) process.exitCode = 1;
 */
export async function scanRepository(root: string): Promise<OutsidePath[]> {
  const found: OutsidePath[] = [];
  for await (const file of sourceFiles(root)) {
    found.push(...scanSource(root, file, await readFile(file, 'utf8')));
  }
  return found;
}

/** The repository root: two folders above this package. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
