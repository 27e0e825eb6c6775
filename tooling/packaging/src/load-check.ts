import type { ProbeResult } from './consumer-app.js';
import { DOCUMENTED_EXPORTS, type DocumentedEntry } from './documented-exports.js';
import type { Finding } from './finding.js';
import type { PackageManifest } from './workspace.js';

/** One entry point of a package: its `exports` key and the specifier a merchant writes. */
export interface EntryPoint {
  readonly subpath: string;
  readonly specifier: string;
  /** Whether the manifest gives this entry a separate `node` build. */
  readonly hasNodeBuild: boolean;
}

/** The probe results for every specifier of the app, by the way they were loaded. */
export interface LoadResults {
  /** `import()` under Node's default conditions. */
  readonly esm: Readonly<Record<string, ProbeResult>>;
  /** `require()` under Node's default conditions. */
  readonly cjs: Readonly<Record<string, ProbeResult>>;
  /** `import()` with `--conditions=worker`, as Workers and edge bundlers resolve. */
  readonly edge: Readonly<Record<string, ProbeResult>>;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JavaScript entry points a manifest's `exports` declares (`./package.json` and other
 * non-code subpaths are left out).
 *
 * @example
 * entryPoints(manifest); // [{ subpath: '.', specifier: '@ummah/core', hasNodeBuild: true }]
 */
export function entryPoints(manifest: PackageManifest): EntryPoint[] {
  if (!isObject(manifest.exports)) return [];
  return Object.entries(manifest.exports)
    .filter(([, target]) => isObject(target) || (typeof target === 'string' && /\.(?:c|m)?js$/.test(target)))
    .map(([subpath, target]) => ({
      subpath,
      specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
      hasNodeBuild: isObject(target) && 'node' in target,
    }));
}

function error(code: string, message: string): Finding {
  return { source: 'install', severity: 'error', code, message };
}

function missing(result: ProbeResult, names: readonly string[]): string[] {
  const present = new Set(result.names ?? []);
  return names.filter((name) => !present.has(name));
}

function checkEntry(
  entry: EntryPoint,
  documented: DocumentedEntry | undefined,
  results: LoadResults,
): Finding[] {
  const { specifier } = entry;
  const esm = results.esm[specifier];
  const cjs = results.cjs[specifier];
  const edge = results.edge[specifier];
  const findings: Finding[] = [];
  const loads: [string, ProbeResult | undefined][] = [
    ['import', esm],
    ['require', cjs],
    ['import under the worker condition', edge],
  ];
  for (const [how, result] of loads) {
    if (!result?.ok)
      findings.push(error('load-failed', `${how} of ${specifier} failed: ${result?.error ?? 'not run'}`));
  }
  if (!esm?.ok || !cjs?.ok || !edge?.ok) return findings;

  const onlyInEsm = missing(
    cjs,
    (esm.names ?? []).filter((name) => name !== 'default'),
  );
  if (onlyInEsm.length > 0) {
    findings.push(
      error('cjs-differs', `require('${specifier}') lacks names that import has: ${onlyInEsm.join(', ')}`),
    );
  }
  if (documented === undefined) {
    findings.push({
      source: 'install',
      severity: 'note',
      code: 'undocumented-entry',
      message: `${specifier} loads, but no documented names are recorded for it in documented-exports.ts`,
    });
    return findings;
  }
  const nodeOnly = documented.nodeOnly ?? [];
  for (const [how, result, names] of [
    ['import', esm, [...documented.names, ...nodeOnly]],
    ['require', cjs, [...documented.names, ...nodeOnly]],
    ['import under the worker condition', edge, documented.names],
  ] as const) {
    const absent = missing(result, names);
    if (absent.length > 0) {
      findings.push(error('missing-names', `${how} of ${specifier} does not expose ${absent.join(', ')}`));
    }
  }
  const leaked = nodeOnly.filter((name) => edge.names?.includes(name));
  if (leaked.length > 0 || (entry.hasNodeBuild && edge.file === esm.file)) {
    findings.push(
      error(
        'edge-gets-node-build',
        `under the worker condition ${specifier} resolves to the Node build (${edge.file})`,
      ),
    );
  }
  if (documented.defaultClass !== undefined) {
    const expected = documented.defaultClass;
    if (esm.defaultName !== expected) {
      findings.push(
        error('default-export', `import X from '${specifier}' gives ${esm.defaultName}, not ${expected}`),
      );
    }
    if (cjs.defaultName !== expected) {
      findings.push(
        error(
          'default-export',
          `const X = require('${specifier}') gives ${cjs.defaultName ?? 'an object'}, not ${expected}`,
        ),
      );
    }
  }
  return findings;
}

/**
 * Turns what the consumer app saw when it loaded a package's entry points into findings: each
 * entry must load with `import`, `require` and under the worker condition, expose its documented
 * names, offer CommonJS users every name ESM users get, keep Node-only code out of the edge
 * resolution, and export the documented default class.
 *
 * @example
 * const findings = checkLoading(manifest, { esm, cjs, edge });
 */
export function checkLoading(manifest: PackageManifest, results: LoadResults): Finding[] {
  const documented = DOCUMENTED_EXPORTS[manifest.name] ?? {};
  const entries = entryPoints(manifest);
  const findings = entries.flatMap((entry) => checkEntry(entry, documented[entry.subpath], results));
  for (const subpath of Object.keys(documented)) {
    if (!entries.some((entry) => entry.subpath === subpath)) {
      findings.push(
        error('missing-entry', `${manifest.name} no longer exports the documented subpath "${subpath}"`),
      );
    }
  }
  return findings;
}

/**
 * The commands a manifest installs (`bin`), by name.
 *
 * @example
 * binNames({ name: '@ummah/testing', bin: { 'ummah-mock': './dist/cli.js' } }); // ['ummah-mock']
 */
export function binNames(manifest: PackageManifest): string[] {
  const { bin } = manifest;
  if (typeof bin === 'string') return [manifest.name.replace(/^@[^/]+\//, '')];
  return isObject(bin) ? Object.keys(bin) : [];
}

/**
 * Findings for a command the package installs, from running `<name> --help` in the consumer app:
 * it must start (shebang, executable bit, ESM/CJS format all right) and exit 0 with some help.
 *
 * @example
 * checkBin('ummah-mock', { exitCode: 0, stdout: 'Usage: …', stderr: '' }); // []
 */
export function checkBin(
  name: string,
  result: { exitCode: number | null; stdout: string; stderr: string },
): Finding[] {
  if (result.exitCode === 0 && result.stdout.trim() !== '') return [];
  const output = (result.stderr || result.stdout).trim().split('\n').slice(0, 5).join(' | ');
  return [error('bin-failed', `\`${name} --help\` exited with ${result.exitCode}: ${output || 'no output'}`)];
}
