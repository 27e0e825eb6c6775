#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { helpText } from './cli/help';
import { callControl, type RemoteTarget } from './cli/remote-commands';
import { InvalidDurationError, parseDuration } from './domain/duration';
import type { DeliveryReport } from './events/delivery-options';
import type { MockExchange } from './options';
import { isProviderName, PROVIDER_MOCKS } from './providers/provider-registry';
import { startMockServer } from './server/start-mock-server';
import { startProviderMockServer } from './server/start-provider-mock-server';
import { isTriggerableEvent, TRIGGERABLE_EVENTS } from './trigger';

/** The key remote commands and forwarding use when none is given: any test key passes by default. */
const DEFAULT_KEY = 'sk_test_mock';

type Values = ReturnType<typeof parse>['values'];

function fail(message: string): never {
  process.stderr.write(`ummah-mock: ${message}\n\n${helpText()}\n`);
  process.exit(2);
}

function integer(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a non-negative integer, got "${raw}".`);
  return value;
}

function list(raw: string | undefined): string[] | undefined {
  return raw
    ?.split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${helpText()}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  if (command === 'trigger') return trigger(values, rest);
  if (command === 'advance') return advance(values, rest);
  if (command !== undefined) fail(`unknown command "${command}".`);
  return serve(values);
}

function remoteTarget(values: Values): RemoteTarget {
  const url = values.url ?? 'http://127.0.0.1:4010';
  if (!URL.canParse(url)) fail(`--url must be a URL, got "${url}".`);
  const provider = values.provider ?? 'ummah';
  if (provider !== 'ummah' && !isProviderName(provider)) fail(`unknown --provider "${provider}".`);
  const defaultKey = provider === 'ummah' ? DEFAULT_KEY : PROVIDER_MOCKS[provider].defaultTestKey;
  return { url, apiKey: values['api-key']?.[0] ?? defaultKey };
}

async function trigger(values: Values, args: readonly string[]): Promise<void> {
  const [event] = args;
  if (event === undefined || args.length > 1)
    fail('trigger takes one event name, e.g. `ummah-mock trigger purchase.paid`.');
  const provider = values.provider ?? 'ummah';
  if (provider !== 'ummah' && !isProviderName(provider)) fail(`unknown --provider "${provider}".`);
  const events = provider === 'ummah' ? TRIGGERABLE_EVENTS : PROVIDER_MOCKS[provider].events;
  if (!events.includes(event)) fail(`unknown ${provider} event "${event}"; --help lists them.`);
  const result = (await callControl(remoteTarget(values), '/trigger/', { event })) as { object_id: string };
  process.stdout.write(`Triggered ${event} (object ${result.object_id})\n`);
}

async function advance(values: Values, args: readonly string[]): Promise<void> {
  const duration = args.join(' ');
  try {
    parseDuration(duration);
  } catch (error) {
    if (error instanceof InvalidDurationError) fail(error.message);
    throw error;
  }
  const result = (await callControl(remoteTarget(values), '/clock/advance/', { duration })) as {
    to: number;
    steps: number;
  };
  process.stdout.write(
    `Mock time is now ${new Date(result.to).toISOString()} (${result.steps} scheduled step${result.steps === 1 ? '' : 's'} ran)\n`,
  );
}

function logExchange(exchange: MockExchange): void {
  const answer =
    exchange.fault === 'reset'
      ? 'connection dropped (injected fault)'
      : `${exchange.status}${exchange.fault === 'status' ? ' (injected fault)' : ''}`;
  process.stdout.write(`${exchange.method} ${new URL(exchange.url).pathname} → ${answer}\n`);
}

function logDelivery(delivery: DeliveryReport): void {
  const answer = delivery.response_code === null ? 'no answer' : String(delivery.response_code);
  process.stdout.write(
    `webhook ${delivery.event} → ${delivery.url} ${answer} ${delivery.status} (attempt ${delivery.attempts})\n`,
  );
}

/** A value for an env file: one line, double-quoted, newlines written as \n (dotenv and node --env-file read it back). */
function envValue(text: string): string {
  return `"${text.replace(/\n/g, '\\n')}"`;
}

async function serve(values: Values): Promise<void> {
  const retryDelaysMs = list(values['retry-delays'])?.map((part) => integer(part, 'retry-delays', 0));
  const provider = values.provider ?? 'ummah';
  if (provider !== 'ummah' && !isProviderName(provider)) fail(`unknown --provider "${provider}".`);
  const forwardTo = values['forward-to'];
  if (forwardTo !== undefined && !URL.canParse(forwardTo))
    fail(`--forward-to must be a URL, got "${forwardTo}".`);
  const events = list(values.events);
  if (events && forwardTo === undefined)
    fail('--events filters what --forward-to receives; give --forward-to too.');
  const webhooks = { ...(retryDelaysMs ? { retryDelaysMs } : {}), onDelivery: logDelivery };
  if (provider !== 'ummah') {
    if (events) fail('--events applies to the Ummah mock; a provider mock forwards every event.');
    const server = await startProviderMockServer(provider, {
      port: integer(values.port, 'port', 4010),
      host: values.host ?? '127.0.0.1',
      apiKeys: values['api-key'],
      webhookUrl: forwardTo ?? values['webhook-url'],
      webhookSecret: values['webhook-secret'],
      webhooks,
      onResponse: logExchange,
    });
    process.stdout.write(`Mock ${provider} API listening on ${server.url}\n`);
    process.stdout.write(`Test key: ${server.mock.apiKey}  Webhook secret: ${server.mock.webhookSecret}\n`);
    if (forwardTo !== undefined) {
      process.stdout.write(`Forwarding every event to ${forwardTo}. Paste into your env file:\n`);
      process.stdout.write(`${provider.toUpperCase()}_WEBHOOK_SECRET=${server.mock.webhookSecret}\n`);
    }
    stopOnSignal(() => server.close());
    return;
  }
  for (const event of events ?? []) {
    if (!isTriggerableEvent(event)) fail(`unknown event "${event}" in --events; --help lists them.`);
  }
  const server = await startMockServer({
    port: integer(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    apiKeys: values['api-key'],
    statementProcessingMs: integer(values['statement-ms'], 'statement-ms', 0),
    webhooks,
    onResponse: logExchange,
  });
  process.stdout.write(`Ummah mock gateway listening on ${server.url}\n`);
  process.stdout.write(`Dashboard: ${new URL(server.url).origin}/\n`);
  stopOnSignal(() => server.close());
  if (forwardTo === undefined) return;
  const response = await server.gateway.fetch(`${server.url}/webhooks/`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${values['api-key']?.[0] ?? DEFAULT_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      title: 'ummah-mock --forward-to',
      callback: forwardTo,
      ...(events ? { events } : { all_events: true }),
    }),
  });
  const webhook = (await response.json()) as { public_key?: string };
  if (!response.ok || !webhook.public_key)
    throw new Error(`could not register ${forwardTo}: ${JSON.stringify(webhook)}`);
  process.stdout.write(
    `Forwarding ${events ? events.join(', ') : 'every event'} to ${forwardTo}. Paste into your env file:\n`,
  );
  process.stdout.write(`UMMAH_WEBHOOK_PUBLIC_KEY=${envValue(webhook.public_key)}\n`);
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
      'forward-to': { type: 'string' },
      events: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`ummah-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
