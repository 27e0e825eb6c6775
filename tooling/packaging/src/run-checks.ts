import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTypesOfTarball } from './attw-check.js';
import {
  type ConsumerApp,
  createConsumerApp,
  probe,
  runBin,
  runSmoke,
  type SmokeResult,
} from './consumer-app.js';
import type { Finding } from './finding.js';
import { binNames, checkBin, checkLoading, entryPoints } from './load-check.js';
import { checkManifest } from './manifest-check.js';
import { type PackedPackage, packPackage } from './pack.js';
import { lintTarball } from './publint-check.js';
import { checkSelfContained } from './self-contained-check.js';
import { measureSizes, type SizeMeasurement, sizeFindings } from './size-check.js';
import { typeCheckConsumer } from './type-check.js';
import {
  findPrivatePackageNames,
  findPublishablePackages,
  type PublishablePackage,
  readManifest,
  WORKSPACE_ROOT,
} from './workspace.js';

/** Everything found about one published package, by check. */
export interface PackageReport {
  readonly name: string;
  readonly version: string;
  /** Size of the packed tarball in bytes. */
  readonly tarballBytes: number;
  readonly publint: readonly Finding[];
  readonly attw: readonly Finding[];
  readonly manifest: readonly Finding[];
  /** Dependencies on, or imports of, a private workspace package (which the registry does not have). */
  readonly selfContained: readonly Finding[];
  /** Loading every entry point in the consumer app with import, require and the worker condition, and running its commands. */
  readonly install: readonly Finding[];
  /** tsc on the consumer app: errors in this package's declarations (nodenext, strict, skipLibCheck off). */
  readonly types: readonly Finding[];
}

/** The outcome of every packaging check. */
export interface PackagingReport {
  readonly packages: readonly PackageReport[];
  /** The README's first steps run in the consumer app, as ESM and as CommonJS. */
  readonly smoke: { readonly esm: SmokeResult; readonly cjs: SmokeResult };
  /** tsc findings not attributable to one package (the consumer files, third-party declarations). */
  readonly consumerTypes: readonly Finding[];
  readonly sizes: readonly SizeMeasurement[];
  readonly sizeFindings: readonly Finding[];
}

/** Options for {@link runPackagingChecks}. */
export interface RunPackagingChecksOptions {
  /**
   * Leave the tarballs and the consumer app on disk (their folder is printed) for debugging.
   * @default false
   */
  readonly keep?: boolean;
  /**
   * Also type-check the consumer app without the DOM lib, reporting (as notes) which DOM globals
   * the declarations rely on. Costs a second tsc run.
   * @default false
   */
  readonly typesWithoutDom?: boolean;
  /** Called with progress lines. */
  readonly log?: (line: string) => void;
}

async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** Runs `<command> --help` for each command the package installs. */
async function checkBins(app: ConsumerApp, pkg: PublishablePackage): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const name of binNames(pkg.manifest))
    findings.push(...checkBin(name, await runBin(app, name, ['--help'])));
  return findings;
}

/**
 * Packs every publishable workspace package (they must be built) and runs all packaging checks:
 * publint and attw on each tarball, the manifest rules, a fresh app in the OS temp folder that
 * installs all the tarballs with npm and loads every entry point with `import` and `require`, the
 * README's first steps in that app, tsc over the published declarations, and the size budgets.
 *
 * @example
 * const report = await runPackagingChecks({ log: console.log });
 */
export async function runPackagingChecks(options: RunPackagingChecksOptions = {}): Promise<PackagingReport> {
  const log = options.log ?? (() => {});
  const packages = await findPublishablePackages();
  const privateNames = await findPrivatePackageNames();
  const selfContained = await Promise.all(
    packages.map((pkg) => checkSelfContained(pkg.manifest, pkg.dir, privateNames)),
  );
  const { engines } = await readManifest(WORKSPACE_ROOT);
  const enginesNode = engines?.node ?? '';
  const packDir = await mkdtemp(join(tmpdir(), 'ummah-pack-'));
  let app: ConsumerApp | undefined;
  try {
    log(`packing ${packages.map((pkg) => pkg.name).join(', ')} into ${packDir}`);
    const packed: PackedPackage[] = await Promise.all(packages.map((pkg) => packPackage(pkg, packDir)));

    log('installing the tarballs into a fresh app with npm; running publint, attw and size-limit meanwhile');
    // The size bundles come from the workspace builds (the same files the tarballs hold), so they
    // need not wait for the install. Its rejection is awaited below; the no-op handler only keeps
    // it from being reported as unhandled when an earlier step throws first.
    const sizesPromise = measureSizes();
    sizesPromise.catch(() => {});
    const appPromise = createConsumerApp(packed);
    const lintPromise = Promise.all(
      packed.map(async ({ tarball }) => ({
        publint: await lintTarball(tarball),
        attw: await checkTypesOfTarball(tarball),
        tarballBytes: await fileSize(tarball),
      })),
    );
    const [createdApp, linted] = await Promise.all([appPromise, lintPromise]);
    app = createdApp;
    log(`consumer app at ${app.dir}`);

    const entries = packages.flatMap((pkg) =>
      entryPoints(pkg.manifest).map((entry) => ({ ...entry, packageName: pkg.name })),
    );
    const specifiers = entries.map((entry) => entry.specifier);
    const [esm, cjs, edge, smokeEsm, smokeCjs, typeFindings, binFindings] = await Promise.all([
      probe(app, specifiers, { format: 'esm', conditions: [] }),
      probe(app, specifiers, { format: 'cjs', conditions: [] }),
      probe(app, specifiers, { format: 'esm', conditions: ['worker'] }),
      runSmoke(app, 'esm'),
      runSmoke(app, 'cjs'),
      typeCheckConsumer(app, entries, { withoutDom: options.typesWithoutDom ?? false }),
      Promise.all(packages.map((pkg) => checkBins(createdApp, pkg))),
    ]);
    const declarationsOf = (name: string): string => `node_modules/${name}/`;
    const isAbout = (finding: Finding, name: string): boolean =>
      finding.message.replace(/^without the DOM lib: /, '').startsWith(declarationsOf(name));
    const typesOf = (name: string): Finding[] => typeFindings.filter((finding) => isAbout(finding, name));

    const sizes = await sizesPromise;

    return {
      packages: packages.map((pkg, index) => ({
        name: pkg.name,
        version: pkg.version,
        tarballBytes: linted[index]!.tarballBytes,
        publint: linted[index]!.publint,
        attw: linted[index]!.attw,
        manifest: checkManifest(pkg.manifest, { enginesNode }),
        selfContained: selfContained[index]!,
        install: [...checkLoading(pkg.manifest, { esm, cjs, edge }), ...binFindings[index]!],
        types: typesOf(pkg.name),
      })),
      smoke: { esm: smokeEsm, cjs: smokeCjs },
      consumerTypes: typeFindings.filter((finding) => !packages.some((pkg) => isAbout(finding, pkg.name))),
      sizes,
      sizeFindings: sizeFindings(sizes),
    };
  } finally {
    if (options.keep) {
      log(`kept ${packDir}${app ? ` and ${app.dir}` : ''}`);
    } else {
      await rm(packDir, { recursive: true, force: true });
      await app?.remove();
    }
  }
}
