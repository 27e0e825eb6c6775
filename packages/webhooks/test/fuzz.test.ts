import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as edge from '../src/index.js';
import * as node from '../src/node.js';

// Every generated case is verified by both builds. The suite counts what must never happen: a forged,
// mutated or replayed delivery accepted, an exception other than WebhookVerificationError, and the two
// builds answering differently. It prints the figures at the end.

// Fixed seed: the suite explores the same cases on every run.
fc.configureGlobal({ seed: 20_251_122 });

const NOW = 1_763_776_800;
const keys = await node.generateTestKeyPair();
const acme = node.defineHmacScheme({
  name: 'acme',
  signatureHeader: 'x-acme-sig',
  timestampHeader: 'x-acme-ts',
  encoding: 'base64',
});
const versioned = node.defineHmacScheme({
  name: 'versioned',
  signatureHeader: 'x-versioned',
  signatureFormat: 'versioned',
  timestampHeader: 'x-versioned-ts',
  encoding: 'base64',
});

interface Setup {
  name: string;
  sign: (payload: Uint8Array) => Promise<node.SignedWebhook>;
  verify:
    | Omit<node.HmacVerifyOptions, 'payload' | 'headers'>
    | Omit<node.UmmahVerifyOptions, 'payload' | 'headers'>;
  /** How the signature header lists its entries, for re-spelling it. */
  format: node.SignatureFormat;
  signatureHeader: string;
}

const hmac = (scheme: node.HmacSchemeName | node.HmacScheme<unknown>, secret: string): Setup => {
  const definition = typeof scheme === 'string' ? node.HMAC_SCHEMES[scheme] : scheme;
  return {
    name: definition.name,
    sign: (payload) => node.signWebhook({ scheme, payload, secret, timestamp: NOW, id: 'msg_1' }),
    verify: { scheme, secret },
    format: definition.signatureFormat,
    signatureHeader: definition.signatureHeader,
  };
};
const setups: Setup[] = [
  {
    name: 'ummah',
    sign: (payload) => node.signWebhook({ payload, privateKey: keys.privateKey }),
    verify: { publicKey: keys.publicKey },
    format: 'plain',
    signatureHeader: 'x-signature',
  },
  hmac('plumaas', 'plumaas-secret'),
  hmac('plexos', 'plexos-secret'),
  hmac('plugipay', 'plugipay-secret'),
  hmac('pebblepay', 'pebble-secret'),
  hmac('standard-webhooks', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
  hmac(acme, 'acme-secret'),
  hmac(versioned, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
];

/** What the suite counts, over every property and setup. */
const figures = { cases: 0, falseAccepts: 0, untyped: 0, disagreements: 0 };

type Options = Record<string, unknown>;

/** The outcome of one build: `accepted <event JSON>`, the refusal's code, or `threw <name>`. */
async function outcome(api: typeof node, options: Options): Promise<string> {
  try {
    return `accepted ${JSON.stringify(await api.verifyWebhook(options as never))}`;
  } catch (error) {
    if (error instanceof api.WebhookVerificationError) return error.code;
    return `threw ${(error as Error)?.name}`;
  }
}

/**
 * Verify one case with both builds (each with its own replay guard from `guards`, when given) and
 * count it. Resolves the shared outcome, or the node build's when they disagree.
 */
async function verifyBoth(options: Options, guards?: readonly [unknown, unknown]): Promise<string> {
  figures.cases++;
  const [web, fromNode] = await Promise.all([
    outcome(edge as unknown as typeof node, guards ? { ...options, replayGuard: guards[0] } : options),
    outcome(node, guards ? { ...options, replayGuard: guards[1] } : options),
  ]);
  for (const result of [web, fromNode]) if (result.startsWith('threw')) figures.untyped++;
  if (web !== fromNode) figures.disagreements++;
  return fromNode;
}

/** Counts and reports a case that must be refused. */
function refused(result: string): boolean {
  if (result.startsWith('accepted')) figures.falseAccepts++;
  return !result.startsWith('accepted') && !result.startsWith('threw');
}

const jsonBody = fc.json().map((text) => new TextEncoder().encode(text));

/** A change to a byte string that always yields different bytes. */
const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  if (mutation.kind === 'insert') {
    const at = mutation.at % (bytes.length + 1);
    return new Uint8Array([...bytes.slice(0, at), mutation.byte, ...bytes.slice(at)]);
  }
  if (bytes.length === 0) return new Uint8Array([0]);
  const at = mutation.at % bytes.length;
  if (mutation.kind === 'delete') return new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + 1)]);
  const out = bytes.slice();
  out[at] = out[at]! ^ mutation.mask;
  return out;
}

/** Replace, insert or delete one visible character of a header value (surrounding whitespace is HTTP's). */
const charMutation = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'delete'),
  at: fc.nat(),
  char: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

function mutateString(value: string, mutation: { kind: string; at: number; char: string }): string {
  const at = mutation.at % (value.length + (mutation.kind === 'insert' ? 1 : 0));
  if (mutation.kind === 'insert') return value.slice(0, at) + mutation.char + value.slice(at);
  if (mutation.kind === 'delete') return value.slice(0, at) + value.slice(at + 1);
  const char = value[at] === mutation.char ? (mutation.char === 'a' ? 'b' : 'a') : mutation.char;
  return value.slice(0, at) + char + value.slice(at + 1);
}

/** Entries a sender may add to a signature list: other versions, decoys, malformed candidates. */
const extraEntry = {
  timestamped: fc.oneof(
    fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `v1=${hex}`),
    fc.stringMatching(/^[0-9a-f]{1,64}$/).map((hex) => `v0=${hex}`),
    fc
      .stringMatching(/^[a-z2-9][a-z0-9]{0,3}=[A-Za-z0-9+/=]{1,20}$/)
      .filter((entry) => !entry.startsWith('t=')),
  ),
  versioned: fc.oneof(
    fc.base64String({ minLength: 44, maxLength: 44 }).map((b64) => `v1,${b64}`),
    fc.stringMatching(/^v[0-9a-z]{1,3},[A-Za-z0-9+/=!]{1,50}$/),
  ),
} as const;

/**
 * Another spelling of a genuine signature header: its entries shuffled, with extra entries, and the
 * header name in another casing.
 */
const respelling = fc.record({
  extras: fc.array(fc.nat(), { maxLength: 3 }),
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  upper: fc.boolean(),
  extraEntries: fc.tuple(
    fc.array(extraEntry.timestamped, { maxLength: 3 }),
    fc.array(extraEntry.versioned, { maxLength: 3 }),
  ),
});

function respell(
  setup: Setup,
  headers: Record<string, string>,
  how: typeof respelling extends fc.Arbitrary<infer T> ? T : never,
) {
  const value = headers[setup.signatureHeader]!;
  let spelled = value;
  if (setup.format !== 'plain') {
    const separator = setup.format === 'timestamped' ? ',' : ' ';
    const entries = [
      ...value.split(separator),
      ...(setup.format === 'timestamped' ? how.extraEntries[0] : how.extraEntries[1]),
    ];
    // A deterministic shuffle driven by the generated numbers.
    const shuffled = entries
      .map((entry, i) => [how.order[i % how.order.length]! + i / 100, entry] as const)
      .sort(([a], [b]) => a - b)
      .map(([, entry]) => entry);
    spelled = shuffled.join(separator);
  }
  const name = how.upper ? setup.signatureHeader.toUpperCase() : setup.signatureHeader;
  const respelled: Record<string, string> = {};
  for (const [key, header] of Object.entries(headers)) {
    if (key !== setup.signatureHeader) respelled[key] = header;
  }
  respelled[name] = spelled;
  return respelled;
}

describe.each(setups)('fuzzing $name on both builds', (setup) => {
  const options = (payload: unknown, headers: unknown): Options => ({
    ...setup.verify,
    payload,
    headers,
    now: NOW * 1000,
  });

  it('never accepts a mutated body', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, byteMutation, async (body, mutation) => {
        const { headers } = await setup.sign(body);
        const genuine = await verifyBoth(options(body, headers));
        return (
          genuine.startsWith('accepted') &&
          refused(await verifyBoth(options(mutateBytes(body, mutation), headers)))
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never accepts a mutated header', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, fc.nat(), charMutation, async (body, pick, mutation) => {
        const { headers } = await setup.sign(body);
        // Headers that are signed or carry the signature; dedupe-only ids are not authenticated.
        const names = Object.keys(headers).filter(
          (name) => !(setup.name === 'pebblepay' && name === 'x-webhook-id'),
        );
        const name = names[pick % names.length]!;
        return refused(
          await verifyBoth(options(body, { ...headers, [name]: mutateString(headers[name]!, mutation) })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never accepts a replay, however its signature header is re-spelled', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, respelling, async (body, how) => {
        const { headers } = await setup.sign(body);
        const guards = [edge.createReplayGuard(), node.createReplayGuard()] as const;
        const first = await verifyBoth(options(body, headers), guards);
        const replay = await verifyBoth(options(body, respell(setup, headers, how)), guards);
        return first.startsWith('accepted') && refused(replay) && replay === 'DUPLICATE_DELIVERY';
      }),
      { numRuns: 60 },
    );
  });

  it('gives both builds the same answer for genuine bodies of any bytes', async () => {
    const anyBody = fc.oneof(
      jsonBody,
      jsonBody.map((bytes) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])),
      fc.uint8Array({ maxLength: 64 }),
    );
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const { headers } = await setup.sign(body);
        const disagreements = figures.disagreements;
        const result = await verifyBoth(options(body, headers));
        return !result.startsWith('threw') && figures.disagreements === disagreements;
      }),
      { numRuns: 60 },
    );
  });

  it('throws nothing but WebhookVerificationError for arbitrary headers, bodies and clocks', async () => {
    const names = [
      'x-signature',
      'x-plumaas-signature',
      'x-plumaas-timestamp',
      'x-plexos-signature',
      'x-plexos-timestamp',
      'x-plugipay-signature',
      'x-webhook-signature',
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
      'x-acme-sig',
      'x-acme-ts',
      'x-versioned',
      'x-versioned-ts',
    ];
    const headerValue = fc.oneof(
      fc.string(),
      fc.stringMatching(/^t=\d{1,14},v1=[0-9a-f]{0,70}$/),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.constantFrom(null, undefined, 42, [null], [7], [['nested']], {}),
    );
    const clock = fc.oneof(
      fc.constant(NOW * 1000),
      fc.integer(),
      fc.date(),
      fc.constantFrom(
        null,
        '2025-11-22',
        {},
        () => 'yesterday',
        () => null,
        () => new Date(Number.NaN),
      ),
    );
    const tolerance = fc.oneof(
      fc.constant(undefined),
      fc.double(),
      fc.record({ past: fc.double(), future: fc.double() }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...names), headerValue),
        fc.oneof(fc.uint8Array(), fc.string()),
        clock,
        tolerance,
        async (headers, payload, now, slack) =>
          refused(await verifyBoth({ ...setup.verify, payload, headers, now, tolerance: slack })),
      ),
      { numRuns: 150 },
    );
  });
});

describe('the webhook fuzz figures', () => {
  it('count no false accept, no untyped exception and no disagreement between the builds', () => {
    console.info(
      `webhook fuzz: ${figures.cases} cases (${figures.cases * 2} verifications, both builds), ` +
        `false accepts ${figures.falseAccepts}, untyped exceptions ${figures.untyped}, ` +
        `node/web disagreements ${figures.disagreements}`,
    );
    expect(figures.cases).toBeGreaterThan(3000);
    expect(figures).toMatchObject({ falseAccepts: 0, untyped: 0, disagreements: 0 });
  });
});
