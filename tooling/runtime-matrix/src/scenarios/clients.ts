import PebblePay from '@ummah/pebblepay';
import Plexos from '@ummah/plexos';
import Plugipay from '@ummah/plugipay';
import Plumaas from '@ummah/plumaas';
import { signWebhook } from '@ummah/webhooks';

/** One request as it left a client. */
export interface ClientRequest {
  method: string;
  path: string;
  authorization: string | null;
  apiKey: string | null;
  body: unknown;
}

/** Everything the provider clients scenario reports. */
export interface ClientsReport {
  plumaas: { payURL: string | undefined; isTestMode: boolean; verified: boolean };
  plexos: { secretReturned: boolean; secretLogged: boolean; verified: boolean };
  plugipay: { customerId: string | undefined; missingBaseURL: string; verified: boolean };
  pebblepay: {
    checkoutURL: string | undefined;
    retrievedAfterRetry: string | undefined;
    failedPost: { status: number | undefined; attempts: number };
    verified: boolean;
  };
  invalid: { name: string; requestsSent: number };
  requests: ClientRequest[];
}

const PLUGIPAY_BASE = 'https://plugipay.example/v1';
const WEBHOOK_SECRET = 'whsec_runtime_matrix';
const PLEXOS_SECRET = 'whsec_plexos_shown_once';

/** The answers of the in-process provider: by method and path, a body and a status. */
function answer(method: string, path: string, attempt: number): Response {
  const json = (body: unknown, status = 200) => Response.json(body, { status });
  const routes: Record<string, () => Response> = {
    'POST /api/v1/charges': () => json({ id: 'ch_1', pay_url: 'https://plumaas.com/pay/ch_1' }, 201),
    'POST /v1/webhooks': () => json({ id: 'wh_1', secret: PLEXOS_SECRET }, 201),
    'POST /v1/customers': () => json({ id: 'cus_1', email: 'jane@example.com' }, 201),
    'POST /api/v1/orders': () => json({ order_id: 'ord_1', checkout_url: 'https://pay.example/ord_1' }, 201),
    // Unavailable on the first attempt: a GET is retried, a POST is not.
    'GET /api/v1/orders/ord_1': () =>
      attempt === 1 ? json({ error: 'Unavailable' }, 503) : json({ order_id: 'ord_1' }),
    'POST /api/v1/orders/ord_1/refund': () => json({ error: 'Unavailable' }, 503),
  };
  return routes[`${method} ${path}`]?.() ?? json({ error: 'Not found' }, 404);
}

async function verifies(
  scheme: 'plumaas' | 'plexos' | 'plugipay' | 'pebblepay',
  verify: (options: {
    payload: string | Uint8Array;
    headers: Record<string, string>;
    secret: string;
  }) => Promise<unknown>,
): Promise<boolean> {
  const signed = await signWebhook({ scheme, payload: { event: 'runtime.matrix' }, secret: WEBHOOK_SECRET });
  const event = await verify({ payload: signed.body, headers: signed.headers, secret: WEBHOOK_SECRET });
  return (event as { event?: string }).event === 'runtime.matrix';
}

/**
 * One call of each provider client from its built `dist/`, over an in-process `fetch` (nothing leaves
 * the process, so every runtime can run it, workerd included), plus each client's webhook verification.
 */
export async function runClientsScenario(): Promise<ClientsReport> {
  const requests: ClientRequest[] = [];
  const attempts = new Map<string, number>();
  const fetchInProcess: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = await request.text();
    requests.push({
      method: request.method,
      path,
      authorization: request.headers.get('authorization'),
      apiKey: request.headers.get('x-api-key'),
      body: text === '' ? undefined : JSON.parse(text),
    });
    const key = `${request.method} ${path}`;
    attempts.set(key, (attempts.get(key) ?? 0) + 1);
    return answer(request.method, path, attempts.get(key) ?? 1);
  };
  const options = {
    fetch: fetchInProcess,
    logLevel: 'off' as const,
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
  };

  const plumaas = new Plumaas('psk_test_runtime_matrix', options);
  const charge = await plumaas.charges.create({ org_id: 'org_1', amount_cents: 5000, currency: 'USD' });

  const logged: string[] = [];
  const record = (...args: unknown[]) => {
    logged.push(JSON.stringify(args));
  };
  const plexos = new Plexos('sk_test_runtime_matrix', {
    ...options,
    logLevel: 'debug',
    logger: { debug: record, info: record, warn: record, error: record },
  });
  const webhook = await plexos.webhooks.create({
    url: 'https://shop.example/hooks',
    events: ['payment.debited'],
  });

  let missingBaseURL = '';
  try {
    new Plugipay('pk_test_runtime_matrix', options);
  } catch (error) {
    missingBaseURL = `${(error as Error).name}: ${(error as Error).message}`;
  }
  const plugipay = new Plugipay('pk_test_runtime_matrix', { ...options, baseURL: PLUGIPAY_BASE });
  const customer = await plugipay.customers.create({ email: 'jane@example.com' });

  const pebble = new PebblePay('sk_test_runtime_matrix', { ...options, authHeader: 'x-api-key' });
  const checkout = await pebble.orders.create({ amount: 29.99, order_reference: 'matrix-1' });
  const retrieved = await pebble.orders.retrieve('ord_1');
  const failed = await pebble.orders.refund('ord_1').then(
    () => undefined,
    (error: unknown) => error as { status?: number },
  );

  const sentBefore = requests.length;
  const invalid = await pebble.orders.create({ amount: 0.49, order_reference: 'too-small' }).then(
    () => ({ name: 'resolved' }),
    (error: unknown) => error as Error,
  );

  return {
    plumaas: {
      payURL: charge.pay_url,
      isTestMode: plumaas.isTestMode,
      verified: await verifies('plumaas', (o) => plumaas.webhooks.verify(o)),
    },
    plexos: {
      secretReturned: webhook.secret === PLEXOS_SECRET,
      secretLogged: logged.some((line) => line.includes(PLEXOS_SECRET)),
      verified: await verifies('plexos', (o) => plexos.webhooks.verify(o)),
    },
    plugipay: {
      customerId: customer.id,
      missingBaseURL,
      verified: await verifies('plugipay', (o) => plugipay.webhooks.verify(o)),
    },
    pebblepay: {
      checkoutURL: checkout.checkout_url,
      retrievedAfterRetry: retrieved.order_id,
      failedPost: { status: failed?.status, attempts: attempts.get('POST /api/v1/orders/ord_1/refund') ?? 0 },
      verified: await verifies('pebblepay', (o) => pebble.webhooks.verify(o)),
    },
    invalid: { name: invalid.name, requestsSent: requests.length - sentBefore },
    requests,
  };
}
