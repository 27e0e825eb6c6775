/**
 * The API descriptions this package holds and where each one's generated module goes. Every
 * description is emitted once, into `packages/schema/<name>/`; the published packages import the slices
 * they need through `@ummah/schema/<name>/<slice>` and inline them at build time.
 */
export interface ApiDescription {
  /** Folder and import name: `ummah/`, `@ummah/schema/ummah/routes`. */
  readonly name: string;
  /** The OpenAPI 3.1 document, relative to packages/schema. */
  readonly spec: string;
  /**
   * Whether every path ends in `/`. The Ummah gateway rejects POSTs without it, so its paths all
   * keep it; the other providers document paths without one. The generator refuses a path that
   * breaks the rule of its description.
   */
  readonly trailingSlash: boolean;
  /**
   * What the JSDoc examples of the generated files show. The generator checks them against the
   * description (the operation exists and takes a body, the event is listed) and the tests parse
   * `body` with the operation's validator, so an example can never show a call that fails.
   */
  readonly examples: {
    /** An operation that takes a JSON body. */
    readonly operation: string;
    /** A body that operation's strict schema accepts. */
    readonly body: Readonly<Record<string, unknown>>;
    /** An event type of the `webhooks` section. */
    readonly event: string;
  };
}

/** Every description, in the order the generator writes them. */
export const APIS: readonly ApiDescription[] = [
  {
    name: 'ummah',
    spec: 'openapi.yaml',
    trailingSlash: true,
    examples: { operation: 'purchases.capture', body: { amount: 2999 }, event: 'purchase.paid' },
  },
  {
    name: 'plumaas',
    spec: 'plumaas.yaml',
    trailingSlash: false,
    examples: {
      operation: 'charges.create',
      body: { org_id: 'ORG_UUID', amount_cents: 12900, currency: 'USD' },
      event: 'charge.succeeded',
    },
  },
  {
    name: 'plexos',
    spec: 'plexos.yaml',
    trailingSlash: false,
    examples: {
      operation: 'webhooks.create',
      body: { url: 'https://myapp.com/webhooks/plexos', events: ['payment.debited'] },
      event: 'payment.debited',
    },
  },
  {
    name: 'plugipay',
    spec: 'plugipay.yaml',
    trailingSlash: false,
    examples: {
      operation: 'refunds.create',
      body: { paymentId: 'pay_01HXXXXXXXX', reason: 'duplicate' },
      event: 'refund.succeeded',
    },
  },
  {
    name: 'pebblepay',
    spec: 'pebblepay.yaml',
    trailingSlash: false,
    examples: {
      operation: 'orders.refund',
      body: { reason: 'Customer requested refund' },
      event: 'payment.completed',
    },
  },
];

/** The folder (relative to the repository root) that holds every generated module. */
export const GENERATED_ROOT = 'packages/schema';

/** The folder (relative to the repository root) of one description's generated module. */
export function outputDir(api: ApiDescription): string {
  return `${GENERATED_ROOT}/${api.name}`;
}

/** The description of a name in {@link APIS}, throwing for an unknown one. */
export function apiNamed(name: string): ApiDescription {
  const api = APIS.find((candidate) => candidate.name === name);
  if (!api) throw new Error(`no API description named ${name}`);
  return api;
}
