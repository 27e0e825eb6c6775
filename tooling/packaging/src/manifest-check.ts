import type { Finding } from './finding.js';
import type { PackageManifest } from './workspace.js';

/**
 * Runtime conditions that must be listed before `node` in a conditions object: Bun and Deno also
 * match `node`, and Node resolves the first matching key in object order, so a runtime condition
 * placed after `node` is never reached by those runtimes.
 */
const RUNTIME_CONDITIONS: readonly string[] = ['bun', 'deno', 'workerd', 'worker', 'edge-light', 'browser'];

const JS_FILE = /\.(?:c|m)?js$/;
const TYPES_FILE = /\.d\.(?:c|m)?ts$/;

type ExportsObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is ExportsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finding(code: string, message: string): Finding {
  return { source: 'manifest', severity: 'error', code, message };
}

/** Checks every conditions object under one subpath: `types` comes first wherever JavaScript is exported. */
function checkTypesConditions(subpath: string, target: unknown, trail: string[], findings: Finding[]): void {
  if (!isObject(target)) return;
  const keys = Object.keys(target);
  const exportsJs = keys.some(
    (key) => typeof target[key] === 'string' && JS_FILE.test(target[key] as string),
  );
  const at = `exports["${subpath}"]${trail.map((key) => `.${key}`).join('')}`;
  if (exportsJs) {
    const types = target.types;
    if (typeof types !== 'string' || !TYPES_FILE.test(types)) {
      findings.push(
        finding('exports-types', `${at} exports JavaScript without a "types" condition next to it`),
      );
    } else if (keys[0] !== 'types') {
      findings.push(
        finding('exports-types', `${at}.types must be the first key (TypeScript stops at the first match)`),
      );
    }
  }
  for (const key of keys) checkTypesConditions(subpath, target[key], [...trail, key], findings);
}

function checkRuntimeConditionOrder(subpath: string, target: unknown, findings: Finding[]): void {
  if (!isObject(target)) return;
  const keys = Object.keys(target);
  const nodeIndex = keys.indexOf('node');
  if (nodeIndex === -1) return;
  const shadowed = keys.slice(nodeIndex + 1).filter((key) => RUNTIME_CONDITIONS.includes(key));
  if (shadowed.length > 0) {
    findings.push(
      finding(
        'runtime-conditions',
        `exports["${subpath}"] lists ${shadowed.join(', ')} after "node"; Bun and Deno match "node" first, so move them before it`,
      ),
    );
  }
  const fallbacks = keys.filter(
    (key) => key === 'import' || key === 'default' || RUNTIME_CONDITIONS.includes(key),
  );
  if (fallbacks.length === 0) {
    findings.push(
      finding(
        'runtime-conditions',
        `exports["${subpath}"] has a "node" build but nothing for other runtimes (add "import"/"default" or a runtime condition)`,
      ),
    );
  }
}

/**
 * Checks the rules every published `@ummah/*` manifest follows, beyond what publint checks:
 * - `exports` exists with a root entry, and every conditions object that exports JavaScript has
 *   `types` first (so every TypeScript resolution mode finds declarations);
 * - runtime conditions (`deno`, `workerd`, `browser`…) come before `node`, and a `node` build is
 *   never the only one;
 * - `sideEffects: false`, so bundlers drop what an edge function does not import;
 * - `engines.node` is set and equal to the workspace root's (Node 20.19 loads ES modules with `require`, which the CommonJS builds need for jose);
 * - `files` is an allow-list, so nothing but the build and docs is published.
 *
 * @example
 * const findings = checkManifest(manifest, { enginesNode: '>=20.19.0' });
 */
export function checkManifest(
  manifest: PackageManifest,
  expected: { readonly enginesNode: string },
): Finding[] {
  const findings: Finding[] = [];
  const { exports } = manifest;
  if (!isObject(exports) || !('.' in exports)) {
    findings.push(finding('exports', 'package.json has no "exports" map with a "." entry'));
  } else {
    for (const [subpath, target] of Object.entries(exports)) {
      if (typeof target === 'string' && !JS_FILE.test(target)) continue; // e.g. "./package.json"
      if (typeof target === 'string') {
        findings.push(
          finding('exports-types', `exports["${subpath}"] is a bare path without a "types" condition`),
        );
        continue;
      }
      checkTypesConditions(subpath, target, [], findings);
      checkRuntimeConditionOrder(subpath, target, findings);
    }
  }
  if (manifest.sideEffects !== false) {
    findings.push(
      finding('side-effects', `"sideEffects" is ${JSON.stringify(manifest.sideEffects)}; it must be false`),
    );
  }
  const enginesNode = manifest.engines?.node;
  if (enginesNode !== expected.enginesNode) {
    findings.push(
      finding(
        'engines',
        `"engines.node" is ${JSON.stringify(enginesNode)}; it must be ${JSON.stringify(expected.enginesNode)} like the workspace`,
      ),
    );
  }
  if (!Array.isArray(manifest.files) || manifest.files.length === 0) {
    findings.push(finding('files', '"files" must list what is published (an allow-list)'));
  }
  return findings;
}
