// Size budgets of what an edge app (Cloudflare Workers, Vercel Edge, browsers) ships: esbuild
// bundles resolved with the worker/browser export conditions, minified, then gzipped.
// Run with `pnpm --filter @ummah/packaging-checks size`.

/** Resolve as a Workers bundler does: the `worker` and `browser` conditions, ESM, no Node built-ins. */
const edge = (config) => ({
  ...config,
  platform: 'browser',
  format: 'esm',
  conditions: ['worker', 'browser'],
});

export default [
  {
    name: 'verifyWebhook from @ummah/webhooks (edge)',
    path: 'size/webhooks-verify.js',
    gzip: true,
    limit: '4 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // Recorded budget: the client class with every resource and the core engine. zod (the
    // response validation schemas) is most of it.
    name: 'new Ummah from @ummah/payments + @ummah/core (edge)',
    path: 'size/payments-client.js',
    gzip: true,
    limit: '120 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // Recorded budget: the client, the core engine and the webhook verifier; zod (the request
    // validators) is most of it.
    name: 'new Plumaas from @ummah/plumaas + @ummah/core (edge)',
    path: 'size/plumaas-client.js',
    gzip: true,
    limit: '115 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // Recorded budget: the client, the core engine and the webhook verifier; zod (the request
    // validators) is most of it.
    name: 'new Plexos from @ummah/plexos + @ummah/core (edge)',
    path: 'size/plexos-client.js',
    gzip: true,
    limit: '115 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // Recorded budget: the client, the core engine and the webhook verifier; zod (the request
    // validators) is most of it.
    name: 'new Plugipay from @ummah/plugipay + @ummah/core (edge)',
    path: 'size/plugipay-client.js',
    gzip: true,
    limit: '115 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // Recorded budget: the client, the core engine and the webhook verifier; zod (the request
    // validators) is most of it.
    name: 'new PebblePay from @ummah/pebblepay + @ummah/core (edge)',
    path: 'size/pebblepay-client.js',
    gzip: true,
    limit: '115 KiB',
    modifyEsbuildConfig: edge,
  },
];
