import { PROVIDER_MOCKS } from '../providers/provider-registry';
import { TRIGGERABLE_EVENTS } from '../trigger';

/** The `--help` text: every command, option and endpoint of the mock. */
export function helpText(): string {
  return `Usage: ummah-mock [options]                     Run a mock gateway (the Ummah one, or --provider's)
       ummah-mock trigger <event> [--url …]     Fire one event at a running mock (signed, to its webhooks)
       ummah-mock advance <duration> [--url …]  Move a running mock's clock forward (30d, "1 month", 12h, 500ms)

Runs a stateful mock of the Ummah payment gateway, or of another provider, for local development.
Open its root URL in a browser for the dashboard.

Options of the server:
      --provider <name>      ummah | plumaas | plexos | plugipay | pebblepay   [default: ummah]
  -p, --port <port>          Port to listen on (0 picks a free one)   [default: 4010]
  -H, --host <host>          Interface to bind                         [default: 127.0.0.1]
      --api-key <key>        Accept only this secret key (repeatable)  [default: any sk_test_ key]
      --forward-to <url>     Register a webhook endpoint at <url>, print its verification key, log deliveries
      --events <a,b,…>       With --forward-to: only these events     [default: all]
      --retry-delays <ms,…>  Delays between webhook delivery retries   [default: 1000,5000,30000]
      --statement-ms <ms>    Time a statement stays "processing"       [default: 0]
      --webhook-url <url>    Providers: the dashboard webhook endpoint to deliver events to
      --webhook-secret <s>   Providers: its signing secret             [default: a random whsec_ secret]
  -h, --help                 Show this help

Options of trigger and advance:
      --url <url>            The running mock's address               [default: http://127.0.0.1:4010]
      --api-key <key>        One of its secret keys   [default: the test key the mock prints, sk_test_mock or psk_test_mock]
      --provider <name>      trigger: the running mock's provider, for its event names     [default: ummah]

Pages (no key: a customer's view):
  GET  /                                 the dashboard (asks for one of the mock's keys)
  GET  /checkout/{id}/  POST /checkout/{id}/ {"outcome": …}   the hosted checkout page

Control endpoints (Authorization: Bearer <one of the mock's keys>):
  POST /_mock/purchases/{id}/checkout/   {"outcome": "paid" | "failed" | "hold"}
  POST /_mock/billing_templates/{id}/clients/{client_id}/renewal/   {"outcome": "paid" | "failed"}
  POST /_mock/trigger/                   {"event": "purchase.paid"}
  GET  /_mock/events/                    the events trigger accepts
  GET  /_mock/clock/                     the mock's time
  POST /_mock/clock/advance/             {"duration": "30d"}: runs renewals, trial ends, statements, retries
  GET  /_mock/deliveries/                every webhook delivery attempt
  POST /_mock/deliveries/{id}/resend/    sends a delivery again
  GET  /_mock/dashboard/                 the dashboard's contents (HTML)
  POST /_mock/faults/                    {"status": 503} | {"reset": true} | {"delayMs": 2000}
  POST /_mock/reset/
  GET  /_mock/health/

Provider steps (same /_mock/ prefix and key; trigger, events, clock, faults, deliveries, resend, dashboard and reset too):
  plumaas    POST /_mock/charges/{id}/pay/ | fail/ | refund/
  plexos     POST /_mock/payments/  then /_mock/payments/{id}/debit/ | settle/ | fail/ | expire/ | cancel/ | refund/
  plugipay   POST /_mock/checkout_sessions/{id}/complete/ | decline/ | expire/ | cancel/,
             POST /_mock/refunds/{id}/refundSucceeded/ | refundFailed/
  pebblepay  POST /_mock/orders/{id}/complete/ | fail/ | dispute/

Events trigger accepts (each API description's list):
  ummah
${wrap(TRIGGERABLE_EVENTS.join(' '), 4, 100)}
${Object.entries(PROVIDER_MOCKS)
  .map(([name, { events }]) => `  ${name}\n${wrap(events.join(' '), 4, 100)}`)
  .join('\n')}`;
}

function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((one) => `${' '.repeat(indent)}${one}`).join('\n');
}
