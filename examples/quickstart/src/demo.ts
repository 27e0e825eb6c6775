/**
 * The gateway quickstart, end to end, against the local mock gateway: no account, no configuration,
 * no network beyond 127.0.0.1. Run it with `pnpm demo` from the repository root.
 *
 * create a client → a purchase → the customer pays (simulated checkout) → the signed webhook arrives
 * and is verified → retrieve the final status → partial refund → a statement generated and downloaded.
 */
import Ummah from '@ummah/payments';
import { type MockServer, startMockServer } from '@ummah/testing/server';
import { StepPrinter } from './step-printer';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

const BRAND_ID = '409eb80e-3782-4b1d-afa8-b779759266a5';

function money(amount: number | undefined, currency: string | undefined): string {
  return `${((amount ?? 0) / 100).toFixed(2)} ${currency ?? ''}`.trim();
}

async function simulateCheckout(mock: MockServer, purchaseId: string): Promise<{ status: string }> {
  // The mock's own endpoint stands in for the customer paying on the hosted checkout page; like
  // every control endpoint it takes one of the mock's keys.
  const response = await fetch(`${new URL(mock.url).origin}/_mock/purchases/${purchaseId}/checkout/`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_quickstart', 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'paid' }),
  });
  if (!response.ok) throw new Error(`simulated checkout answered ${response.status}`);
  return (await response.json()) as { status: string };
}

async function run(printer: StepPrinter): Promise<void> {
  let mock: MockServer | undefined;
  let receiver: WebhookReceiver | undefined;
  try {
    mock = await printer.step(
      'Start the mock gateway',
      () => startMockServer({ port: 0, webhooks: { retryDelaysMs: [100, 500] } }),
      (server) => server.url,
    );
    const gateway = mock;
    receiver = await printer.step(
      'Start the Express webhook receiver',
      startWebhookReceiver,
      (started) => started.url,
    );
    const hooks = receiver;

    const ummah = new Ummah('sk_test_quickstart', { baseURL: gateway.url });

    const webhook = await printer.step(
      'Register the webhook endpoint',
      () =>
        ummah.webhooks.create({
          callback: hooks.url,
          title: 'Quickstart',
          events: ['purchase.paid', 'purchase.refunded'],
        }),
      (created) => `${created.id} (RSA public key received)`,
    );
    hooks.trust(webhook.public_key ?? '');

    const client = await printer.step(
      'Create a client',
      () => ummah.clients.create({ email: 'customer@example.com', full_name: 'Aisha Rahman' }),
      (created) => `${created.email} → ${created.id}`,
    );

    const purchase = await printer.step(
      'Create a purchase',
      () =>
        ummah.purchases.create({
          brand_id: BRAND_ID,
          client: { email: client.email ?? '' },
          purchase: { products: [{ name: 'T-Shirt', price: 5000, quantity: 1 }], currency: 'USD' },
          success_redirect: 'https://shop.example/success',
          failure_redirect: 'https://shop.example/failure',
        }),
      (created) =>
        `${money(created.purchase?.total_amount, created.purchase?.currency)}, status ${created.status}`,
    );

    await printer.step(
      'Customer pays at checkout (simulated)',
      () => simulateCheckout(gateway, purchase.id),
      (paid) => `status ${paid.status}`,
    );

    const event = await printer.step(
      'Signed webhook arrives and is verified',
      () => hooks.waitFor('purchase.paid'),
      (verified) => `${verified.type} ${verified.id}, X-Signature RSA-SHA256 valid`,
    );
    if (event.object.id !== purchase.id) throw new Error('the webhook is about another purchase');

    await printer.step(
      'Retrieve the final status',
      () => ummah.purchases.retrieve(purchase.id),
      (current) =>
        `status ${current.status}, paid ${money(current.payment?.amount, current.payment?.currency)}`,
    );

    const refund = await printer.step(
      'Partial refund',
      () => ummah.purchases.refund(purchase.id, { amount: 1500, reference: 'QUICKSTART-REFUND-1' }),
      (payment) => `${money(payment.amount, payment.currency)} refunded (${payment.id})`,
    );

    await printer.step(
      'Refund webhook verified',
      () => hooks.waitFor('purchase.refunded'),
      (verified) => `${verified.type} ${verified.id}`,
    );

    const statement = await printer.step(
      'Statement generated',
      () => ummah.statements.createAndWait({ format: 'csv', timezone: 'UTC' }, { pollInterval: 50 }),
      (ready) => `${ready.id} status ${ready.status}`,
    );

    const csv = await printer.step(
      'Statement downloaded',
      async () => new Response(await ummah.statements.download(statement)).text(),
      (text) => `${text.trimEnd().split('\r\n').length - 1} purchase row(s), ${text.length} bytes of CSV`,
    );
    const row = csv.split('\r\n').find((line) => line.startsWith(purchase.id));
    if (!row?.includes(`,${refund.amount},`)) throw new Error('the statement does not show the refund');
    printer.note(`\n  Statement row: ${row}`);
    if (hooks.rejected > 0) throw new Error(`${hooks.rejected} delivery(ies) failed verification`);
  } finally {
    await receiver?.close();
    await mock?.close();
  }
}

const printer = new StepPrinter();
printer.note('Ummah quickstart against the local mock gateway (loopback only)\n');
run(printer).then(
  () => {
    printer.note(`\n  Done in ${printer.elapsed()} ms. Mock gateway and webhook receiver stopped.`);
  },
  (error: unknown) => {
    printer.note(`\n  Quickstart failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
