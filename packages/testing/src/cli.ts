#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startMockServer } from './server/start-mock-server';

const HELP = `Usage: ummah-mock [options]

Runs a stateful mock of the Ummah payment gateway for local development.

Options:
  -p, --port <port>          Port to listen on (0 picks a free one)   [default: 4010]
  -H, --host <host>          Interface to bind                         [default: 127.0.0.1]
      --api-key <key>        Accept only this secret key (repeatable)  [default: any sk_test_ key]
      --retry-delays <ms,…>  Delays between webhook delivery retries   [default: 1000,5000,30000]
      --statement-ms <ms>    Time a statement stays "processing"       [default: 0]
  -h, --help                 Show this help

Simulate what customers do (no API key needed):
  POST /_mock/purchases/{id}/checkout/   {"outcome": "paid" | "failed" | "hold"}
  POST /_mock/faults/                    {"status": 503} | {"reset": true} | {"delayMs": 2000}
  POST /_mock/reset/`;

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
  const server = await startMockServer({
    port: integer(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    apiKeys: values['api-key'],
    statementProcessingMs: integer(values['statement-ms'], 'statement-ms', 0),
    webhooks: retryDelaysMs ? { retryDelaysMs } : {},
    onResponse: (exchange) => {
      process.stdout.write(`${exchange.method} ${new URL(exchange.url).pathname} → ${exchange.status}\n`);
    },
  });
  process.stdout.write(`Ummah mock gateway listening on ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
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
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`ummah-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
