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
    // The client class with every resource, the core engine and the request and response checks
    // (measured 24.2 KiB): the whole client stays under 30 KiB, below stripe-node and openai-node.
    name: 'new Ummah from @ummah/payments + @ummah/core (edge)',
    path: 'size/payments-client.js',
    gzip: true,
    limit: '26 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // The client, the core engine, the webhook verifier and the request checks (measured 18.5 to
    // 19.8 KiB across the four providers): under the 30 KiB every client is held to.
    name: 'new Plumaas from @ummah/plumaas + @ummah/core (edge)',
    path: 'size/plumaas-client.js',
    gzip: true,
    limit: '21 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // The client, the core engine, the webhook verifier and the request checks (measured 18.5 to
    // 19.8 KiB across the four providers): under the 30 KiB every client is held to.
    name: 'new Plexos from @ummah/plexos + @ummah/core (edge)',
    path: 'size/plexos-client.js',
    gzip: true,
    limit: '21 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // The client, the core engine, the webhook verifier and the request checks (measured 18.5 to
    // 19.8 KiB across the four providers): under the 30 KiB every client is held to.
    name: 'new Plugipay from @ummah/plugipay + @ummah/core (edge)',
    path: 'size/plugipay-client.js',
    gzip: true,
    limit: '21 KiB',
    modifyEsbuildConfig: edge,
  },
  {
    // The client, the core engine, the webhook verifier and the request checks (measured 18.5 to
    // 19.8 KiB across the four providers): under the 30 KiB every client is held to.
    name: 'new PebblePay from @ummah/pebblepay + @ummah/core (edge)',
    path: 'size/pebblepay-client.js',
    gzip: true,
    limit: '21 KiB',
    modifyEsbuildConfig: edge,
  },
];
