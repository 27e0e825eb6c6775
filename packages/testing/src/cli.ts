#!/usr/bin/env node
import { parseArgs } from 'node:util';
import type { MockExchange } from './options';
import { isProviderName } from './providers/provider-registry';
import { startMockServer } from './server/start-mock-server';
import { startProviderMockServer } from './server/start-provider-mock-server';

const HELP = `Usage: ummah-mock [options]

Runs a stateful mock of the Ummah payment gateway, or of another provider, for local development.

Options:
      --provider <name>      ummah | plumaas | plexos | plugipay | pebblepay   [default: ummah]
  -p, --port <port>          Port to listen on (0 picks a free one)   [default: 4010]
  -H, --host <host>          Interface to bind                         [default: 127.0.0.1]
      --api-key <key>        Accept only this secret key (repeatable)  [default: any sk_test_ key]
      --retry-delays <ms,…>  Delays between webhook delivery retries   [default: 1000,5000,30000]
      --statement-ms <ms>    Time a statement stays "processing"       [default: 0]
      --webhook-url <url>    Providers: the dashboard webhook endpoint to deliver events to
      --webhook-secret <s>   Providers: its signing secret             [default: a random whsec_ secret]
  -h, --help                 Show this help

Simulate what customers do (no API key needed):
  POST /_mock/purchases/{id}/checkout/   {"outcome": "paid" | "failed" | "hold"}
  POST /_mock/faults/                    {"status": 503} | {"reset": true} | {"delayMs": 2000}
  POST /_mock/reset/

Provider steps (same /_mock/ prefix, no API key):
  plumaas    POST /_mock/charges/{id}/pay/ | fail/ | refund/
  plexos     POST /_mock/payments/  then /_mock/payments/{id}/debit/ | settle/ | fail/ | expire/ | cancel/ | refund/
  plugipay   POST /_mock/checkout_sessions/{id}/complete/ | decline/ | expire/ | cancel/,
             POST /_mock/refunds/{id}/refundSucceeded/ | refundFailed/
  pebblepay  POST /_mock/orders/{id}/complete/ | fail/ | dispute/`;

function fail(message: string): never {
  process.stderr.write(`ummah-mock: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

function integer(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a non-negative integer, got "${raw}".`);
  return value;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse().values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const retryDelaysMs = values['retry-delays']
    ?.split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => integer(part.trim(), 'retry-delays', 0));
  const provider = values.provider ?? 'ummah';
  if (provider !== 'ummah' && !isProviderName(provider)) fail(`unknown --provider "${provider}".`);
  const log = (exchange: MockExchange): void => {
    const answer =
      exchange.fault === 'reset'
        ? 'connection dropped (injected fault)'
        : `${exchange.status}${exchange.fault === 'status' ? ' (injected fault)' : ''}`;
    process.stdout.write(`${exchange.method} ${new URL(exchange.url).pathname} → ${answer}\n`);
  };
  if (provider !== 'ummah') {
    const server = await startProviderMockServer(provider, {
      port: integer(values.port, 'port', 4010),
      host: values.host ?? '127.0.0.1',
      apiKeys: values['api-key'],
      webhookUrl: values['webhook-url'],
      webhookSecret: values['webhook-secret'],
      webhooks: retryDelaysMs ? { retryDelaysMs } : {},
      onResponse: log,
    });
    process.stdout.write(`Mock ${provider} API listening on ${server.url}\n`);
    process.stdout.write(`Test key: ${server.mock.apiKey}  Webhook secret: ${server.mock.webhookSecret}\n`);
    stopOnSignal(() => server.close());
    return;
  }
  const server = await startMockServer({
    port: integer(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    apiKeys: values['api-key'],
    statementProcessingMs: integer(values['statement-ms'], 'statement-ms', 0),
    webhooks: retryDelaysMs ? { retryDelaysMs } : {},
    onResponse: log,
  });
  process.stdout.write(`Ummah mock gateway listening on ${server.url}\n`);
  stopOnSignal(() => server.close());
}

/** Closes the server on SIGINT or SIGTERM, then exits 0. */
function stopOnSignal(close: () => Promise<void>): void {
  const stop = (): void => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string', short: 'H' },
      'api-key': { type: 'string', multiple: true },
      'retry-delays': { type: 'string' },
      'statement-ms': { type: 'string' },
      provider: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`ummah-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
