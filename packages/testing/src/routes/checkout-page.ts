import { z } from 'zod';
import type { DomainContext } from '../domain/context';
import type { PurchaseRecord } from '../domain/records';
import { escapeHtml, scriptJson } from '../http/escape-html';
import { notFound } from '../http/gateway-error';
import { json, type MockResult } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import type { Simulator } from '../simulate';
import { mockRoute } from './mock-route';

const PageCheckoutBody = z.object({ outcome: z.enum(['paid', 'failed', 'hold']) });

/**
 * The hosted checkout page behind `checkout_url` / `invoice_url`, for clicking through a flow by hand
 * with the CLI server: three buttons that post the customer's choice back to the page (the customer
 * holds no API key, so the page takes none, like the real one) and then follow the purchase's
 * success or failure redirect.
 */
export function checkoutPageRoutes(domain: DomainContext, simulate: Simulator): GatewayRoute[] {
  const page = ({ params }: { params: Readonly<Record<string, string>> }): MockResult => {
    const purchase = domain.state.purchases.get(params.id!);
    if (!purchase) throw notFound('No such checkout.');
    return checkoutPage(purchase);
  };
  return [
    mockRoute('GET', '/checkout/{id}/', 'mock.checkoutPage', page),
    mockRoute('GET', '/invoice/{id}/', 'mock.invoicePage', page),
    mockRoute(
      'POST',
      '/checkout/{id}/',
      'mock.checkoutPagePay',
      async ({ params, body }) =>
        json(await simulate.checkout(params.id!, body as z.infer<typeof PageCheckoutBody>)),
      PageCheckoutBody,
    ),
  ];
}

function checkoutPage(purchase: PurchaseRecord): MockResult {
  const amount = `${(purchase.purchase.total_amount / 100).toFixed(2)} ${purchase.purchase.currency}`;
  const data = scriptJson({
    id: purchase.id,
    success: purchase.success_redirect,
    failure: purchase.failure_redirect,
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ummah mock checkout</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}button{font:inherit;margin:.25rem;padding:.5rem 1rem}</style>
</head><body>
<h1>Mock checkout</h1>
<p>${escapeHtml(purchase.client.email)} pays <strong>${escapeHtml(amount)}</strong>.</p>
<p>Status: <strong id="status">${escapeHtml(purchase.status)}</strong></p>
<button data-outcome="paid">Pay</button><button data-outcome="hold">Authorise only</button><button data-outcome="failed">Decline</button>
<script>
const purchase = ${data};
for (const button of document.querySelectorAll('button')) {
  button.addEventListener('click', async () => {
    const response = await fetch('/checkout/' + encodeURIComponent(purchase.id) + '/', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: button.dataset.outcome }),
    });
    const body = await response.json();
    document.getElementById('status').textContent = body.status || body.message || response.status;
    const target = response.ok && body.status !== 'error' ? purchase.success : purchase.failure;
    if (target) location.href = target;
  });
}
</script>
</body></html>`;
  return { status: 200, text: html, contentType: 'text/html; charset=utf-8' };
}
