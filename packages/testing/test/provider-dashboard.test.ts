import { startRecordingServer } from '@ummah/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderDelivery, ProviderScheme } from '../src/index';
import { startProviderMockServer } from '../src/server';
import { send, verifySigned } from './provider-support';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Text a merchant's customer could type: the dashboard must show it, never run it. */
const HOSTILE = '<script>alert(1)</script>';

/** How one provider's object is made, where its step endpoint is and the states the step moves it between. */
interface DashboardCase {
  readonly scheme: ProviderScheme;
  /** Creates one object (its text fields carrying {@link HOSTILE}) and returns its id. */
  readonly create: (api: string, mock: string, auth: Record<string, string>) => Promise<string>;
  /** The step endpoint, under `/_mock`, for the object's id. */
  readonly step: (id: string) => string;
  readonly before: string;
  readonly after: string;
}

const CASES: readonly DashboardCase[] = [
  {
    scheme: 'plumaas',
    create: async (api, _mock, auth) => {
      const charge = await send<{ id: string }>(
        fetch,
        `${api}/charges`,
        'POST',
        { org_id: 'org_1', amount_cents: 12900, description: HOSTILE },
        auth,
      );
      expect(charge.status).toBe(201);
      return charge.body.id;
    },
    step: (id) => `/charges/${id}/pay/`,
    before: 'pending',
    after: 'succeeded',
  },
  {
    scheme: 'plexos',
    // The Plexos API has no payment creation (payments start on the operator's side): the mock's does.
    create: async (_api, mock, auth) => {
      const payment = await send<{ id: string }>(
        fetch,
        `${mock}/payments/`,
        'POST',
        { operator: HOSTILE },
        auth,
      );
      expect(payment.status).toBe(201);
      return payment.body.id;
    },
    step: (id) => `/payments/${id}/debit/`,
    before: 'PENDING',
    after: 'DEBITED',
  },
  {
    scheme: 'plugipay',
    create: async (api, _mock, auth) => {
      const customer = await send<{ id: string }>(
        fetch,
        `${api}/customers`,
        'POST',
        { email: 'buyer@example.com', name: HOSTILE },
        auth,
      );
      expect(customer.status).toBe(201);
      const session = await send<{ id: string }>(
        fetch,
        `${api}/checkout_sessions`,
        'POST',
        {
          amount: 250000,
          currency: 'IDR',
          customerId: customer.body.id,
          successUrl: 'https://shop.test/ok',
          cancelUrl: 'https://shop.test/back',
        },
        auth,
      );
      expect(session.status).toBe(201);
      return session.body.id;
    },
    step: (id) => `/checkout_sessions/${id}/expire/`,
    before: 'open',
    after: 'expired',
  },
  {
    scheme: 'pebblepay',
    create: async (api, _mock, auth) => {
      const order = await send<{ transaction_id: string }>(
        fetch,
        `${api}/orders`,
        'POST',
        { amount: 29.99, product_name: HOSTILE },
        auth,
      );
      expect(order.status).toBe(201);
      return order.body.transaction_id;
    },
    step: (id) => `/orders/${id}/complete/`,
    before: 'pending',
    after: 'completed',
  },
];

/** The state the dashboard shows in the object's row, or undefined when the row is missing. */
function shownState(page: string, id: string): string | undefined {
  const row = page.split('\n').find((line) => line.startsWith(`<tr data-object="${id}">`));
  return row?.match(/<td class="status">([^<]*)<\/td>/)?.[1];
}

describe.each(CASES)('$scheme dashboard over HTTP', (testCase) => {
  it('lists the object with its state, moves it with a step button and resends a delivery, escaped', async () => {
    const hook = await startRecordingServer(() => ({ status: 200 }));
    cleanups.push(() => hook.close());
    const server = await startProviderMockServer(testCase.scheme, {
      port: 0,
      webhookUrl: `${hook.origin}/hooks`,
      webhooks: { retryDelaysMs: [] },
    });
    cleanups.push(() => server.close());
    const auth = { authorization: `Bearer ${server.mock.apiKey}` };
    const mock = `${new URL(server.url).origin}/_mock`;
    const dashboard = async (): Promise<string> => {
      const answer = await fetch(`${mock}/dashboard/`, { headers: auth });
      expect(answer.status).toBe(200);
      return answer.text();
    };

    const id = await testCase.create(server.url, mock, auth);
    const before = await dashboard();
    expect(shownState(before, id)).toBe(testCase.before);
    // The step button posts to the step endpoint; the same call moves the state the page shows.
    const stepPath = `/_mock${testCase.step(id)}`;
    expect(before).toContain(`data-path="${stepPath}"`);
    expect((await send(fetch, `${mock}${testCase.step(id)}`, 'POST', undefined, auth)).status).toBe(200);
    const after = await dashboard();
    expect(shownState(after, id)).toBe(testCase.after);

    // Untrusted text is shown escaped, in the object tables as in the payloads.
    expect(after).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(after).not.toContain(HOSTILE);

    const log = await send<{ results: ProviderDelivery[] }>(
      fetch,
      `${mock}/deliveries/`,
      'GET',
      undefined,
      auth,
    );
    const delivery = log.body.results.at(-1)!;
    const received = hook.requests.length;
    expect(received).toBe(log.body.results.length);
    const resendPath = `/deliveries/${delivery.id}/resend/`;
    expect(after).toContain(`data-path="/_mock${resendPath}"`);

    const anonymous = await send(fetch, `${mock}${resendPath}`, 'POST');
    expect(anonymous.status).toBe(401);
    expect(hook.requests).toHaveLength(received);
    expect(
      (await send(fetch, `${mock}/deliveries/dlv_unknown/resend/`, 'POST', undefined, auth)).status,
    ).toBe(404);

    const resent = await send<{ results: ProviderDelivery[] }>(
      fetch,
      `${mock}${resendPath}`,
      'POST',
      undefined,
      auth,
    );
    expect(resent.status).toBe(201);
    expect(resent.body.results[0]).toMatchObject({ event_id: delivery.event_id, status: 'delivered' });
    expect(resent.body.results[0]!.id).not.toBe(delivery.id);
    expect(hook.requests).toHaveLength(received + 1);
    const again = hook.requests.at(-1)!;
    expect(again.rawBody).toBe(delivery.body);
    const event = await verifySigned(
      testCase.scheme,
      { body: again.rawBody, headers: again.headers },
      server.mock.webhookSecret,
    );
    expect(event.type ?? event.event).toBe(delivery.event);
    expect(await dashboard()).toContain(`<tr data-delivery="${resent.body.results[0]!.id}">`);
  });
});
