import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A semver bump as changesets writes it. */
export type Bump = 'major' | 'minor' | 'patch';

/** One pending `.changeset/*.md` file: which packages it bumps and its summary for the changelog. */
export interface PendingChangeset {
  readonly file: string;
  readonly bumps: ReadonlyMap<string, Bump>;
  readonly summary: string;
}

/** Reads every pending changeset in `<root>/.changeset` (its README and config are not changesets). */
export function readPendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((file) => parseChangeset(file, readFileSync(join(dir, file), 'utf8')));
}

/** Parses the YAML front matter (`'@scope/pkg': minor` lines) and the summary below it. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const bumps = new Map<string, Bump>();
  for (const line of (match[1] ?? '').split('\n')) {
    const entry = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!entry) throw new Error(`${file}: cannot read front matter line ${JSON.stringify(line)}`);
    bumps.set(entry[1] as string, entry[2] as Bump);
  }
  return { file, bumps, summary: (match[2] ?? '').trim() };
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The highest bump each package gets across all changesets. */
export function highestBumps(changesets: readonly PendingChangeset[]): Map<string, Bump> {
  const result = new Map<string, Bump>();
  for (const changeset of changesets) {
    for (const [name, bump] of changeset.bumps) {
      const current = result.get(name);
      if (current === undefined || RANK[bump] > RANK[current]) result.set(name, bump);
    }
  }
  return result;
}

/** `version` bumped by `bump` (pre-1.0 versions bump like any other, as changesets does). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
