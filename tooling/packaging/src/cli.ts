// `pnpm --filter @ummah/packaging-checks check [--keep]`: runs every packaging check on the built
// packages (plus the notes-only type check without the DOM lib), prints the findings and the
// sizes, and exits non-zero when a check fails. `--keep` leaves the tarballs and the app on disk.
import { formatFindings, isBlocking } from './finding.js';
import { runPackagingChecks } from './run-checks.js';

const started = performance.now();
const report = await runPackagingChecks({
  keep: process.argv.includes('--keep'),
  typesWithoutDom: true,
  log: (line) => process.stderr.write(`· ${((performance.now() - started) / 1000).toFixed(1)}s ${line}\n`),
});

let failed = false;
for (const pkg of report.packages) {
  process.stdout.write(`\n${pkg.name}@${pkg.version} (tarball ${pkg.tarballBytes} B)\n`);
  for (const check of ['publint', 'attw', 'manifest', 'install', 'types'] as const) {
    const findings = pkg[check];
    failed ||= isBlocking(findings);
    const verdict = isBlocking(findings) ? 'FAIL' : 'ok';
    process.stdout.write(`  ${check.padEnd(8)} ${verdict}\n`);
    if (findings.length > 0) process.stdout.write(`${formatFindings(findings).replace(/^/gm, '  ')}\n`);
  }
}

process.stdout.write(
  `\nTypeScript consumer (nodenext, strict, skipLibCheck off): ${isBlocking(report.consumerTypes) ? 'FAIL' : 'ok'}\n`,
);
failed ||= isBlocking(report.consumerTypes);
if (report.consumerTypes.length > 0) process.stdout.write(`${formatFindings(report.consumerTypes)}\n`);

process.stdout.write('\nREADME first steps in the consumer app\n');
for (const format of ['esm', 'cjs'] as const) {
  const smoke = report.smoke[format];
  const ok = smoke.exitCode === 0 && smoke.output?.status === 'paid';
  failed ||= !ok;
  process.stdout.write(`  ${format} ${ok ? 'ok' : 'FAIL'} ${JSON.stringify(smoke.output ?? smoke.stderr)}\n`);
}

process.stdout.write('\nEdge bundle sizes (minified + gzip)\n');
for (const size of report.sizes) {
  process.stdout.write(
    `  ${size.passed ? 'ok  ' : 'FAIL'} ${size.name}: ${size.size} B (budget ${size.limit} B)\n`,
  );
}
failed ||= isBlocking(report.sizeFindings);

process.stdout.write(`\n${failed ? 'packaging checks failed' : 'all packaging checks passed'}\n`);
process.exitCode = failed ? 1 : 0;
