/**
 * Webhook verification: @ummah/webhooks against node:crypto itself and against peers, all on the same
 * 1 KB payload. Every candidate verifies the signature AND parses the JSON (no lazy parsing).
 *
 *   pnpm --filter @ummah/bench bench:webhooks      (or: npx tsx webhooks/verify.bench.ts)
 *
 * Targets: HMAC verify-and-parse ≥ 0.85× the node:crypto floor; RSA ≥ 0.9× raw crypto.verify + JSON.parse.
 * Ratios are floor time / candidate time, so 1.00 means "as fast as node:crypto alone".
 */
import { createHmac, createPublicKey, generateKeyPairSync, sign, timingSafeEqual, verify } from 'node:crypto';
import { verifyWebhook } from '@ummah/webhooks';
import * as edge from '@ummah/webhooks/web';
import { bench, do_not_optimize, group, run } from 'mitata';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { Webhook as SvixWebhook } from 'svix';
import type { BenchGroup } from '../report/bench-result.js';
import { writeResult } from '../report/write-result.js';

// ---- one 1 KB payload, as Express's express.raw() hands it over (a Buffer)
const purchase = {
  id: 'd6c9e9e0-1b5a-4c6e-8b3a-0f1a2b3c4d5e',
  type: 'purchase',
  event_type: 'purchase.paid',
  status: 'paid',
  brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
  client: { email: 'buyer@example.com', full_name: 'Test Buyer', phone: '+60123456789', country: 'MY' },
  purchase: {
    currency: 'MYR',
    total: 12_900,
    products: [
      { name: 'Pro plan, monthly', price: 12_900, quantity: '1.0000', tax_percent: '0.00', discount: 0 },
    ],
  },
  payment: { amount: 12_900, currency: 'MYR', paid_on: 1_763_776_800, payment_type: 'purchase' },
  is_test: false,
  created_on: 1_763_776_700,
  updated_on: 1_763_776_800,
  status_history: [
    { status: 'created', timestamp: 1_763_776_700 },
    { status: 'paid', timestamp: 1_763_776_800 },
  ],
  reference: 'order-2025-000123',
  success_redirect: 'https://merchant.example/success',
  failure_redirect: 'https://merchant.example/failure',
};
let text = JSON.stringify(purchase);
text = JSON.stringify({ ...purchase, notes: 'x'.repeat(Math.max(0, 1024 - text.length - 11)) });
const body = Buffer.from(text);
if (body.length !== 1024) throw new Error(`payload is ${body.length} bytes, not 1024`);

// ---- HMAC fixtures (timestamps are fresh so every library's tolerance check passes)
const now = Math.floor(Date.now() / 1000);
const hmacSecret = 'whsec_plumaas_bench_secret_0123456789';
const stripeHeader = (() => {
  const v1 = createHmac('sha256', hmacSecret).update(`${now}.`).update(body).digest('hex');
  return `t=${now},v1=${v1}`;
})();
const plumaasHeaders = { 'x-plumaas-signature': stripeHeader, 'content-type': 'application/json' };

const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const whsecKey = Buffer.from(whsec.slice(6), 'base64');
const msgId = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const swSignature = createHmac('sha256', whsecKey).update(`${msgId}.${now}.`).update(body).digest('base64');
const swHeaders = {
  'webhook-id': msgId,
  'webhook-timestamp': String(now),
  'webhook-signature': `v1,${swSignature}`,
};

// ---- RSA fixtures
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const preImported = createPublicKey(publicPem);
const rsaSignature = sign('sha256', body, privateKey).toString('base64');
const rsaHeaders = { 'x-signature': rsaSignature };

// ---- floors: what node:crypto itself costs
function floorPlumaas(): unknown {
  const [t, v1] = stripeHeader.split(',');
  const expected = createHmac('sha256', hmacSecret)
    .update(`${t!.slice(2)}.`)
    .update(body)
    .digest('hex');
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(v1!.slice(3)))) throw new Error('mismatch');
  return JSON.parse(body.toString());
}
function floorStandard(): unknown {
  const expected = createHmac('sha256', whsecKey).update(`${msgId}.${now}.`).update(body).digest('base64');
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(swSignature))) throw new Error('mismatch');
  return JSON.parse(body.toString());
}
function floorRsa(): unknown {
  if (!verify('sha256', body, preImported, Buffer.from(rsaSignature, 'base64'))) throw new Error('mismatch');
  return JSON.parse(body.toString());
}

// ---- peers
const stripe = new Stripe('sk_test_bench');
const svix = new SvixWebhook(whsec);
const standard = new StandardWebhook(whsec);

// ---- sanity: every candidate accepts the delivery and returns the parsed event
const checks: Array<[string, () => unknown]> = [
  ['floor plumaas', floorPlumaas],
  ['floor standard', floorStandard],
  ['floor rsa', floorRsa],
  ['stripe', () => stripe.webhooks.constructEvent(body, stripeHeader, hmacSecret)],
  ['svix', () => svix.verify(body.toString(), swHeaders)],
  ['standardwebhooks', () => standard.verify(body.toString(), swHeaders)],
];
for (const [name, check] of checks) {
  if ((check() as { id?: string }).id !== purchase.id) throw new Error(`${name} did not return the event`);
}
for (const [name, promise] of [
  [
    'ours plumaas',
    verifyWebhook({ scheme: 'plumaas', payload: body, headers: plumaasHeaders, secret: hmacSecret }),
  ],
  [
    'ours standard',
    verifyWebhook({ scheme: 'standard-webhooks', payload: body, headers: swHeaders, secret: whsec }),
  ],
  ['ours rsa', verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem })],
  ['edge rsa', edge.verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem })],
] as const) {
  if (((await promise) as { id?: string }).id !== purchase.id)
    throw new Error(`${name} did not return the event`);
}

group('HMAC, Stripe-style t=,v1= (plumaas)', () => {
  bench('floor: node:crypto HMAC + timingSafeEqual + JSON.parse', () => do_not_optimize(floorPlumaas()));
  bench('@ummah/webhooks plumaas (node build)', async () =>
    do_not_optimize(
      await verifyWebhook({ scheme: 'plumaas', payload: body, headers: plumaasHeaders, secret: hmacSecret }),
    ),
  );
  bench('@ummah/webhooks plumaas (WebCrypto build)', async () =>
    do_not_optimize(
      await edge.verifyWebhook({
        scheme: 'plumaas',
        payload: body,
        headers: plumaasHeaders,
        secret: hmacSecret,
      }),
    ),
  );
  bench('stripe-node webhooks.constructEvent', () =>
    do_not_optimize(stripe.webhooks.constructEvent(body, stripeHeader, hmacSecret)),
  );
});

group('HMAC, Standard Webhooks', () => {
  bench('floor (standard): node:crypto HMAC + timingSafeEqual + JSON.parse', () =>
    do_not_optimize(floorStandard()),
  );
  bench('@ummah/webhooks standard-webhooks (node build)', async () =>
    do_not_optimize(
      await verifyWebhook({ scheme: 'standard-webhooks', payload: body, headers: swHeaders, secret: whsec }),
    ),
  );
  bench('svix Webhook.verify', () => do_not_optimize(svix.verify(body.toString(), swHeaders)));
  bench('standardwebhooks Webhook.verify', () =>
    do_not_optimize(standard.verify(body.toString(), swHeaders)),
  );
});

group('RSA-SHA256 (ummah)', () => {
  bench('raw: node:crypto.verify (pre-imported key) + JSON.parse', () => do_not_optimize(floorRsa()));
  bench('@ummah/webhooks ummah (node build, PEM)', async () =>
    do_not_optimize(await verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem })),
  );
  bench('@ummah/webhooks ummah (WebCrypto build, PEM)', async () =>
    do_not_optimize(await edge.verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem })),
  );
});

// Absolute figures, for reading; the ratios below come from the paired measurement.
await run({ format: 'mitata' });

// Paired ratios. The machine this runs on is shared, so load drifts during a run; timing the floor and
// the candidate in alternating short batches and taking the median of the per-round ratios cancels that.
type Candidate = () => unknown;

async function perCall(fn: Candidate, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    const result = fn();
    if (result instanceof Promise) do_not_optimize(await result);
    else do_not_optimize(result);
  }
  return (performance.now() - start) / calls;
}

async function pairedRatio(
  floor: Candidate,
  candidate: Candidate,
  calls: number,
  rounds = 101,
): Promise<number> {
  await perCall(floor, calls);
  await perCall(candidate, calls);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first so neither always runs on a warmer cache or a quieter moment.
    const [a, b] = round % 2 === 0 ? [floor, candidate] : [candidate, floor];
    const first = await perCall(a, calls);
    const second = await perCall(b, calls);
    ratios.push(round % 2 === 0 ? first / second : second / first);
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(rounds / 2)]!;
}

const oursPlumaas = () =>
  verifyWebhook({ scheme: 'plumaas', payload: body, headers: plumaasHeaders, secret: hmacSecret });
const edgePlumaas = () =>
  edge.verifyWebhook({ scheme: 'plumaas', payload: body, headers: plumaasHeaders, secret: hmacSecret });
const oursStandard = () =>
  verifyWebhook({ scheme: 'standard-webhooks', payload: body, headers: swHeaders, secret: whsec });
const oursRsa = () => verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem });
const edgeRsa = () => edge.verifyWebhook({ payload: body, headers: rsaHeaders, publicKey: publicPem });

interface Row {
  name: string;
  candidate: Candidate;
  calls: number;
  ours?: boolean;
}
interface Group {
  name: string;
  baseline: string;
  floor: Candidate;
  target: number;
  rows: Row[];
}

const groups: Group[] = [
  {
    name: 'HMAC-SHA256 t=,v1= (Plumaas), verify + parse',
    baseline: 'node:crypto HMAC + timingSafeEqual + JSON.parse',
    floor: floorPlumaas,
    target: 0.85,
    rows: [
      { name: '@ummah/webhooks plumaas (node build)', candidate: oursPlumaas, calls: 1000, ours: true },
      { name: '@ummah/webhooks plumaas (WebCrypto build)', candidate: edgePlumaas, calls: 500 },
      {
        name: 'stripe-node constructEvent',
        candidate: () => stripe.webhooks.constructEvent(body, stripeHeader, hmacSecret),
        calls: 1000,
      },
    ],
  },
  {
    name: 'Standard Webhooks, verify + parse',
    baseline: 'node:crypto HMAC + timingSafeEqual + JSON.parse',
    floor: floorStandard,
    target: 0.85,
    rows: [
      {
        name: '@ummah/webhooks standard-webhooks (node build)',
        candidate: oursStandard,
        calls: 1000,
        ours: true,
      },
      { name: 'svix', candidate: () => svix.verify(body.toString(), swHeaders), calls: 500 },
      { name: 'standardwebhooks', candidate: () => standard.verify(body.toString(), swHeaders), calls: 500 },
    ],
  },
  {
    name: 'RSA-SHA256 X-Signature (Ummah), verify + parse',
    baseline: 'node:crypto.verify + JSON.parse with a pre-imported key',
    floor: floorRsa,
    target: 0.9,
    rows: [
      { name: '@ummah/webhooks ummah (node build)', candidate: oursRsa, calls: 200, ours: true },
      { name: '@ummah/webhooks ummah (WebCrypto build)', candidate: edgeRsa, calls: 100 },
    ],
  },
];

console.log(
  '\nThroughput ratios, paired (floor time / candidate time; 1.00 = as fast as node:crypto alone):',
);
const measured: BenchGroup[] = [];
for (const group of groups) {
  console.log(`\n${group.name}`);
  const rows: BenchGroup['rows'] = [{ name: group.baseline, ratio: 1 }];
  for (const row of group.rows) {
    const value = await pairedRatio(group.floor, row.candidate, row.calls);
    const verdict = row.ours ? `  ${value >= group.target ? '✓' : '✗'} target ≥ ${group.target}` : '';
    console.log(`  ${row.name.padEnd(56)} ${value.toFixed(2)}×${verdict}`);
    rows.push({ name: row.name, ratio: value, ...(row.ours ? { ours: true } : {}) });
  }
  measured.push({ name: group.name, baseline: group.baseline, target: group.target, rows });
}

writeResult({
  suite: 'webhooks',
  title: 'Webhook verification (@ummah/webhooks)',
  method:
    'The same 1 KB payload for every contender; each verifies the signature and parses the JSON. The floor and the candidate are timed in alternating short batches and the median of 101 per-round ratios is reported, so load drift on the machine cancels out.',
  groups: measured,
  notes: [],
});
