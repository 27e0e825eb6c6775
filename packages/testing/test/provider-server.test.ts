import { fileURLToPath } from 'node:url';
import { type RecordedRequest, startRecordingServer, startServerProcess } from '@ummah/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderScheme } from '../src/index';
import { startProviderMockServer } from '../src/server';
import { send, verifySigned } from './provider-support';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real receiver on 127.0.0.1. */
async function receiver(): Promise<{ url: string; requests: RecordedRequest[] }> {
  const recording = await startRecordingServer(() => ({ status: 200 }));
  cleanups.push(() => recording.close());
  return { url: `${recording.origin}/hooks`, requests: recording.requests };
}

/** One provider's flow over HTTP: create an object, drive a step through `/_mock/`, expect an event. */
interface Flow {
  readonly scheme: ProviderScheme;
  readonly keyPrefix: string;
  /** Runs the flow against a server and returns the secret the delivery is signed with. */
  readonly run: (
    url: string,
    auth: Record<string, string>,
    hookUrl: string,
    secret: string,
  ) => Promise<string>;
  readonly event: string;
  /** A path of the API that takes a POST, for the refusal of a bad key. */
  readonly createPath: string;
  /** Where the event type is in the body. */
  readonly typeField: 'event' | 'type';
}

const control = (url: string, path: string): string => `${new URL(url).origin}/_mock${path}`;

const FLOWS: Record<ProviderScheme, Flow> = {
  plumaas: {
    scheme: 'plumaas',
    createPath: '/charges',
    keyPrefix: 'psk_test_',
    event: 'charge.succeeded',
    typeField: 'event',
    run: async (url, auth, _hook, secret) => {
      const charge = await send<{ id: string; pay_url: string }>(
        fetch,
        `${url}/charges`,
        'POST',
        { org_id: 'o', amount_cents: 100 },
        auth,
      );
      expect(charge.status).toBe(201);
      expect(charge.body.pay_url.startsWith(new URL(url).origin)).toBe(true);
      expect(
        (await send(fetch, control(url, `/charges/${charge.body.id}/pay/`), 'POST', undefined, auth)).body,
      ).toMatchObject({ status: 'succeeded' });
      return secret;
    },
  },
  plexos: {
    scheme: 'plexos',
    createPath: '/webhooks',
    keyPrefix: 'sk_test_',
    event: 'payment.debited',
    typeField: 'type',
    run: async (url, auth, hook) => {
      // Registered through the API, so signed with the secret it returns rather than the configured one.
      const webhook = await send<{ secret: string }>(
        fetch,
        `${url}/webhooks`,
        'POST',
        { url: `${hook}/registered`, events: ['payment.debited'] },
        auth,
      );
      expect(webhook.status).toBe(201);
      const payment = await send<{ id: string }>(fetch, control(url, '/payments/'), 'POST', {}, auth);
      expect(payment.status).toBe(201);
      expect(
        (await send(fetch, control(url, `/payments/${payment.body.id}/debit/`), 'POST', undefined, auth))
          .body,
      ).toMatchObject({ status: 'DEBITED' });
      return webhook.body.secret;
    },
  },
  plugipay: {
    scheme: 'plugipay',
    createPath: '/customers',
    keyPrefix: 'sk_test_',
    event: 'checkout_session.expired',
    typeField: 'type',
    run: async (url, auth, _hook, secret) => {
      const session = await send<{ id: string }>(
        fetch,
        `${url}/checkout_sessions`,
        'POST',
        { amount: 1000, currency: 'USD', successUrl: 'https://a.test/ok', cancelUrl: 'https://a.test/no' },
        auth,
      );
      expect(session.status).toBe(201);
      expect(
        (
          await send(
            fetch,
            control(url, `/checkout_sessions/${session.body.id}/expire/`),
            'POST',
            undefined,
            auth,
          )
        ).body,
      ).toMatchObject({ status: 'expired' });
      return secret;
    },
  },
  pebblepay: {
    scheme: 'pebblepay',
    createPath: '/orders',
    keyPrefix: 'sk_test_',
    event: 'payment.completed',
    typeField: 'event',
    run: async (url, auth, _hook, secret) => {
      const order = await send<{ transaction_id: string }>(
        fetch,
        `${url}/orders`,
        'POST',
        { amount: 12.5 },
        auth,
      );
      expect(order.status).toBe(201);
      expect(
        (
          await send(
            fetch,
            control(url, `/orders/${order.body.transaction_id}/complete/`),
            'POST',
            undefined,
            auth,
          )
        ).body,
      ).toMatchObject({ status: 'completed' });
      const listed = await send<{ orders: unknown[]; total: number }>(
        fetch,
        `${url}/orders?limit=1`,
        'GET',
        undefined,
        auth,
      );
      expect(listed.body.total).toBe(1);
      return secret;
    },
  },
};

/** Checks the one delivery a flow caused: it verifies with `secret`, and not once tampered with. */
async function expectSignedDelivery(flow: Flow, requests: RecordedRequest[], secret: string): Promise<void> {
  expect(requests).toHaveLength(1);
  const { rawBody, headers } = requests[0]!;
  const event = await verifySigned(flow.scheme, { body: rawBody, headers }, secret);
  expect(event[flow.typeField]).toBe(flow.event);
}

/** The deliveries a flow is about (Plexos also delivers to the configured endpoint). */
function flowRequests(flow: Flow, requests: RecordedRequest[]): RecordedRequest[] {
  return flow.scheme === 'plexos'
    ? requests.filter((request) => request.path.endsWith('/registered'))
    : requests;
}

describe.each(Object.values(FLOWS))('$scheme mock over HTTP', (flow) => {
  it('serves the API from startProviderMockServer, drives a step over /_mock/ and delivers a signed event', async () => {
    const hook = await receiver();
    const server = await startProviderMockServer(flow.scheme, {
      port: 0,
      webhookUrl: hook.url,
      webhooks: { retryDelaysMs: [] },
    });
    cleanups.push(() => server.close());
    expect(server.mock.apiKey.startsWith(flow.keyPrefix)).toBe(true);
    const auth = { authorization: `Bearer ${server.mock.apiKey}` };
    const secret = await flow.run(server.url, auth, hook.url, server.mock.webhookSecret);
    await expectSignedDelivery(flow, flowRequests(flow, hook.requests), secret);
    const refused = await send(fetch, `${server.url}/nowhere`, 'GET', undefined, auth);
    expect(refused.status).toBe(404);
    expect((await send(fetch, `${server.url}${flow.createPath}`, 'POST', {})).status).toBe(401);
  });

  it('runs from the ummah-mock CLI with --provider and exits 0 on SIGTERM', async () => {
    const hook = await receiver();
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const secret = `whsec_cli_${flow.scheme}`;
    const key = `${flow.keyPrefix}cli`;
    const process_ = await startServerProcess(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        '--provider',
        flow.scheme,
        '--port',
        '0',
        '--api-key',
        key,
        '--webhook-url',
        hook.url,
        '--webhook-secret',
        secret,
        '--retry-delays',
        '',
      ],
      { listeningLine: /listening on (\S+)/ },
    );
    cleanups.push(async () => void (await process_.stop()));
    const wrongKey = await send(
      fetch,
      `${process_.url}${flow.createPath}`,
      'POST',
      {},
      {
        authorization: `Bearer ${flow.keyPrefix}other`,
      },
    );
    expect(wrongKey.status).toBe(401);
    const signedWith = await flow.run(process_.url, { authorization: `Bearer ${key}` }, hook.url, secret);
    await expectSignedDelivery(flow, flowRequests(flow, hook.requests), signedWith);
    expect((await process_.stop()).code).toBe(0);
  });
});

describe('ummah-mock CLI options', () => {
  it('refuses an unknown provider with exit code 2', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--provider', 'stripe'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown --provider "stripe"');
    const help = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('--provider <name>');
    expect(help.stdout).toContain('plumaas');
    // Two cold starts of the CLI through tsx: slower than the default timeout on a busy machine.
  }, 30_000);
});
