import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPublishablePackages, WORKSPACE_ROOT } from '../src/workspace.js';

// How one @ummah package names another in what npm installs. pnpm rewrites `workspace:` ranges when
// it packs: `workspace:*` becomes the sibling's exact version, `workspace:^` becomes `^version`.
// At 0.x, `^0.0.0` matches 0.0.0 only and `^0.1.0` matches 0.1.x only, so a sibling released
// alone would leave its dependents pointing at the old copy. The packages are therefore released
// together (one changesets `fixed` group) and pin each other exactly (`workspace:*`).
const packages = await findPublishablePackages();
const names = new Set(packages.map((pkg) => pkg.name));
const config = JSON.parse(readFileSync(join(WORKSPACE_ROOT, '.changeset', 'config.json'), 'utf8')) as {
  fixed: string[][];
};

type Manifest = Record<'dependencies' | 'peerDependencies' | 'optionalDependencies', Record<string, string>>;

/** The range pnpm writes into the packed package.json for a `workspace:` range. */
function publishedRange(range: string, version: string): string {
  const spec = range.slice('workspace:'.length);
  if (spec === '*') return version;
  if (spec === '^' || spec === '~') return `${spec}${version}`;
  return spec;
}

const internal = packages.flatMap((pkg) => {
  const manifest = pkg.manifest as unknown as Partial<Manifest>;
  return (['dependencies', 'peerDependencies', 'optionalDependencies'] as const).flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([name]) => names.has(name))
      .map(([name, range]) => ({ from: pkg.name, field, name, range })),
  );
});

describe('dependencies between the published packages', () => {
  it('exist (the checks below have something to check)', () => {
    expect(internal.length).toBeGreaterThan(0);
  });

  it.each(internal)(
    '$from → $name ($field) is workspace:*, packed as the exact version released with it',
    ({ name, range }) => {
      expect(range).toBe('workspace:*');
      const sibling = packages.find((pkg) => pkg.name === name);
      expect(publishedRange(range, sibling?.version ?? '')).toBe(sibling?.version);
    },
  );

  it('are released at one version: every published package is in a single changesets fixed group', () => {
    const groups = config.fixed.filter((group) => group.some((name) => names.has(name)));
    expect(groups).toHaveLength(1);
    expect([...(groups[0] ?? [])].sort()).toEqual([...names].sort());
  });

  it('share one version in the workspace today, as a fixed group keeps them', () => {
    expect(new Set(packages.map((pkg) => pkg.version)).size).toBe(1);
  });
});
