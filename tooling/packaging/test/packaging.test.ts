import { beforeAll, describe, expect, it } from 'vitest';
import { type Finding, formatFindings } from '../src/finding.js';
import { type PackageReport, type PackagingReport, runPackagingChecks } from '../src/run-checks.js';
import { findPublishablePackages } from '../src/workspace.js';

// Listed up front so each package gets its own named tests; the checks themselves run once.
const packages = await findPublishablePackages();

let report: PackagingReport;

beforeAll(async () => {
  report = await runPackagingChecks();
  const notes = report.packages.flatMap((pkg) =>
    [...pkg.publint, ...pkg.attw, ...pkg.manifest, ...pkg.install, ...pkg.types]
      .filter((finding) => finding.severity === 'note')
      .map((finding) => `${pkg.name}: ${formatFindings([finding]).trim()}`),
  );
  if (notes.length > 0) console.info(`packaging notes (not failures):\n${notes.join('\n')}`);
  console.info(
    `edge bundle sizes (minified + gzip):\n${report.sizes.map((size) => `  ${size.name}: ${size.size} B of ${size.limit} B`).join('\n')}`,
  );
});

function reportOf(name: string): PackageReport {
  const found = report.packages.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`no report for ${name}`);
  return found;
}

/** The findings that fail the release, rendered so a failing assertion shows what to fix. */
function blocking(findings: readonly Finding[]): string {
  return formatFindings(findings.filter((finding) => finding.severity !== 'note'));
}

describe('the publishable packages', () => {
  it('are the eight @ummah SDK packages, read from the workspace without its private projects', () => {
    expect(packages.map((pkg) => pkg.name)).toEqual([
      '@ummah/core',
      '@ummah/payments',
      '@ummah/pebblepay',
      '@ummah/plexos',
      '@ummah/plugipay',
      '@ummah/plumaas',
      '@ummah/testing',
      '@ummah/webhooks',
    ]);
  });
});

describe.each(packages.map((pkg) => pkg.name))('%s', (name) => {
  it('passes publint on its packed tarball without errors or warnings', () => {
    expect(blocking(reportOf(name).publint)).toBe('');
  });

  it('passes attw on its packed tarball for node16 ESM, node16 CJS and bundler resolution', () => {
    expect(blocking(reportOf(name).attw)).toBe('');
  });

  it('declares typed exports with runtime conditions, sideEffects false and the workspace engines', () => {
    expect(blocking(reportOf(name).manifest)).toBe('');
  });

  it('stands on its own: no dependency on, or import of, a private workspace package such as @ummah/schema', () => {
    expect(blocking(reportOf(name).selfContained)).toBe('');
  });

  it('installs from its tarball into a fresh app where import, require and the worker condition load every entry point', () => {
    expect(blocking(reportOf(name).install)).toBe('');
  });

  it('ships declarations that type-check in a strict nodenext app with skipLibCheck off', () => {
    expect(blocking(reportOf(name).types)).toBe('');
  });
});

describe('a fresh app with every tarball installed', () => {
  it('type-checks an ESM and a CommonJS file that use every documented name', () => {
    expect(blocking(report.consumerTypes)).toBe('');
  });

  it.each(['esm', 'cjs'] as const)(
    'runs the README first steps (purchase, checkout, verified webhook) as %s',
    (format) => {
      const smoke = report.smoke[format];
      expect(smoke.stderr).toBe('');
      expect(smoke.exitCode).toBe(0);
      expect(smoke.output?.status).toBe('paid');
      expect(smoke.output?.verifiedId).toMatch(/\S/);
    },
  );
});

describe('edge bundle size budgets', () => {
  it('keeps verifyWebhook from @ummah/webhooks within 4 KiB gzip for the edge', () => {
    const verify = report.sizes.find((size) => size.name.startsWith('verifyWebhook'));
    expect(verify?.limit).toBe(4096);
    expect(verify?.size).toBeGreaterThan(0);
    expect(verify?.size).toBeLessThanOrEqual(4096);
  });

  it('keeps every whole client (request validation included) within a budget of at most 30 KiB gzip', () => {
    const clients = report.sizes.filter((size) => size.name.startsWith('new '));
    expect(clients.map((client) => client.name.split(' ')[1])).toEqual([
      'Ummah',
      'Plumaas',
      'Plexos',
      'Plugipay',
      'PebblePay',
    ]);
    for (const client of clients) {
      expect(client.limit, client.name).toBeLessThanOrEqual(30 * 1024);
      expect(client.size, client.name).toBeGreaterThan(0);
      expect(client.passed, client.name).toBe(true);
    }
  });

  it('reports no budget over its limit', () => {
    expect(blocking(report.sizeFindings)).toBe('');
  });
});
