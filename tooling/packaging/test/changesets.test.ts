import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpVersion, highestBumps, readPendingChangesets } from '../src/pending-changesets.js';
import { runCommand } from '../src/run-command.js';
import { findPublishablePackages, WORKSPACE_ROOT } from '../src/workspace.js';

// `pnpm changeset version` is run on a copy of the workspace's manifests and pending changesets, and
// its result is compared with what the changesets themselves ask for.
const pending = readPendingChangesets(WORKSPACE_ROOT);
const bumps = highestBumps(pending);
let copy: string;
let exitCode: number | null;
let output: string;

/** Folders (relative to the root) matched by pnpm-workspace.yaml's `dir/*` and `dir` entries. */
function workspaceManifestDirs(): string[] {
  const yaml = readFileSync(join(WORKSPACE_ROOT, 'pnpm-workspace.yaml'), 'utf8');
  // The `packages:` block: its indented `- glob` lines, up to the next top-level key.
  const block = /^packages:\n((?:[ \t]+-[^\n]*\n)+)/m.exec(yaml)?.[1] ?? '';
  const globs = block
    .split('\n')
    .map((line) => /^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/.exec(line)?.[1])
    .filter((glob): glob is string => glob !== undefined);
  const dirs: string[] = [];
  for (const glob of globs) {
    const candidates = glob.endsWith('/*')
      ? readdirSync(join(WORKSPACE_ROOT, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
      : [glob];
    for (const dir of candidates) if (existsSync(join(WORKSPACE_ROOT, dir, 'package.json'))) dirs.push(dir);
  }
  return dirs;
}

const manifestOf = (dir: string): { version: string } =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'ummah-changesets-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    cpSync(join(WORKSPACE_ROOT, file), join(copy, file));
  cpSync(join(WORKSPACE_ROOT, '.changeset'), join(copy, '.changeset'), { recursive: true });
  // Every workspace manifest, private ones included: the changesets config names some of them.
  for (const relative of workspaceManifestDirs()) {
    mkdirSync(join(copy, relative), { recursive: true });
    cpSync(join(WORKSPACE_ROOT, relative, 'package.json'), join(copy, relative, 'package.json'));
  }
  // The changelog generator is resolved from the copy's node_modules.
  symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const result = await runCommand(join(WORKSPACE_ROOT, 'node_modules', '.bin', 'changeset'), ['version'], {
    cwd: copy,
    timeoutMs: 60_000,
  });
  exitCode = result.exitCode;
  output = result.stdout + result.stderr;
}, 90_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('pnpm changeset version', () => {
  it('has pending changesets that name only publishable @ummah packages', async () => {
    const publishable = new Set((await findPublishablePackages()).map((pkg) => pkg.name));
    expect(pending.length).toBeGreaterThan(0);
    for (const name of bumps.keys()) expect(publishable).toContain(name);
  });

  it('runs cleanly and consumes every pending changeset', () => {
    expect(exitCode, output).toBe(0);
    for (const changeset of pending) expect(existsSync(join(copy, '.changeset', changeset.file))).toBe(false);
  });

  it('gives each package the highest bump its changesets ask for, with a changelog entry per changeset', async () => {
    for (const pkg of await findPublishablePackages()) {
      const bump = bumps.get(pkg.name);
      if (bump === undefined) continue;
      const relative = pkg.dir.slice(WORKSPACE_ROOT.length + 1);
      const expected = bumpVersion(manifestOf(pkg.dir).version, bump);
      expect(manifestOf(join(copy, relative)).version, pkg.name).toBe(expected);
      const changelog = readFileSync(join(copy, relative, 'CHANGELOG.md'), 'utf8');
      expect(changelog.startsWith(`# ${pkg.name}\n\n## ${expected}\n`), pkg.name).toBe(true);
      for (const changeset of pending.filter((entry) => entry.bumps.has(pkg.name))) {
        expect(changelog, `${pkg.name} ← ${changeset.file}`).toContain(changeset.summary.split('\n')[0]);
      }
    }
  });
});
