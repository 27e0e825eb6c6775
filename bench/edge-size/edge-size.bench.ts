/**
 * Edge bundle sizes (not a test): the same Workers-style function written with each SDK, bundled
 * the way Wrangler does (esbuild, `workerd`/`worker`/`browser` conditions, ESM, minified), then
 * gzipped. The size is what a cold isolate downloads and parses before the first request.
 *
 *   pnpm --filter @ummah/bench exec tsx edge-size/edge-size.bench.ts
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchGroup, BenchRow } from '../report/bench-result.js';
import { writeResult } from '../report/write-result.js';

const entries = [
  { name: '@ummah/payments (whole client)', entry: 'ummah.ts', ours: true },
  { name: 'stripe-node 22', entry: 'stripe.ts' },
  { name: 'openai-node 6', entry: 'openai.ts' },
] as const;

/** Bundles one entry for workerd and returns its minified and gzipped sizes in bytes. */
async function bundleSize(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./entries/${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    // Workers' Node compatibility provides these when a package asks; they are not shipped.
    external: ['node:*'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** Two decimals, for figures that sit close to a budget. */
const kb2 = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

const sizes = await Promise.all(entries.map(async (e) => ({ ...e, ...(await bundleSize(e.entry)) })));
const stripe = sizes.find((s) => s.name.startsWith('stripe')) ?? (sizes[1] as (typeof sizes)[number]);
const rows: BenchRow[] = sizes.map((s) => ({
  name: s.name,
  ratio: stripe.gzipped / s.gzipped,
  measured: `${kb(s.gzipped)} gzip (${kb(s.minified)} minified)`,
  ...(s.name.startsWith('@ummah') ? { ours: true } : {}),
}));
const webhook = await bundleSize('verify-webhook.ts');
const verifierAlone = await bundleSize('verify-webhook-alone.ts');
// The provider clients are held to the same ≤ 30 KB (each makes one validated create).
const providers = await Promise.all(
  ['plumaas', 'plexos', 'plugipay', 'pebblepay'].map(async (name) => ({
    name: `@ummah/${name}`,
    ...(await bundleSize(`${name}.ts`)),
  })),
);
const groups: BenchGroup[] = [
  {
    name: 'Edge bundle of a function making one API call',
    baseline: `${stripe.name}; ratio = its gzipped size ÷ the contender's (higher is smaller)`,
    rows,
    // ≤ 30 KB gzip, below both peers: the ratio that 30 KB would give against stripe-node.
    target: Number((stripe.gzipped / (30 * 1024)).toFixed(2)),
    column: 'size',
  },
];

for (const row of rows) console.log(`${row.name.padEnd(34)} ${row.ratio.toFixed(2)}×  ${row.measured}`);
console.log(
  `webhook receiver: ${kb2(webhook.gzipped)} gzip; verifyWebhook alone: ${kb2(verifierAlone.gzipped)} gzip`,
);
for (const p of providers)
  console.log(`${p.name.padEnd(34)} ${kb(p.gzipped)} gzip (${kb(p.minified)} minified)`);

writeResult({
  suite: 'edge-size',
  title: 'Edge bundle size',
  method:
    'The same Workers-style function (create the client, retrieve one object) bundled with esbuild for workerd (`workerd`, `worker`, `browser` conditions, ESM, minified), then gzipped at level 9. Target: the whole client ≤ 30 KB gzip, request validation included.',
  groups,
  notes: [
    `A webhook receiver using only \`verifyWebhook\` from @ummah/webhooks: ${kb2(webhook.gzipped)} gzip in all, of which \`verifyWebhook\` itself is ${kb2(verifierAlone.gzipped)} (budget 4 KB, enforced by the packaging size check).`,
    `The provider clients, each making one validated create (target ≤ 30 KB gzip): ${providers
      .map((p) => `${p.name} ${kb(p.gzipped)}`)
      .join(', ')}.`,
  ],
});
