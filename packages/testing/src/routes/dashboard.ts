import type { GatewayState } from '../domain/state';
import { escapeHtml as e } from '../http/escape-html';
import type { MockResult } from '../http/mock-result';
import type { GatewayRoute } from '../pipeline/gateway-route';
import { mockRoute } from './mock-route';

/**
 * The dashboard at the root of the mock's origin. The page itself holds no data and needs no key: it
 * asks once for one of the mock's secret keys, keeps it in the tab's `sessionStorage` and sends it as
 * `Authorization: Bearer` to the `/_mock/` endpoints and the API, so the account's contents are served
 * only to whoever holds a key and no cookie lets another site act with it.
 */
export function dashboardPageRoutes(): GatewayRoute[] {
  return [mockRoute('GET', '/', 'mock.dashboardPage', () => dashboardPage())];
}

function dashboardPage(): MockResult {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ummah mock dashboard</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}button{font:inherit;margin:0 .15rem;padding:.15rem .6rem}pre{white-space:pre-wrap;word-break:break-all;max-width:60rem;background:#f8f8f8;padding:.5rem}
.status{font-weight:600}.delivered{color:#176f2c}.failed{color:#a61b1b}#message{color:#a61b1b;min-height:1.2em}
</style></head><body>
<h1>Ummah mock dashboard</h1>
<form id="login" hidden>
  <p>Enter one of the mock's secret keys (any <code>sk_test_…</code> key unless the mock was started with <code>--api-key</code>). It stays in this tab only.</p>
  <input id="key" name="key" type="password" autocomplete="off" placeholder="sk_test_…" required>
  <button type="submit">Open dashboard</button>
</form>
<p id="message" role="status"></p>
<main id="dashboard"></main>
<script>
const store = window.sessionStorage;
const main = document.getElementById('dashboard');
const message = document.getElementById('message');
const login = document.getElementById('login');
function call(method, path, body) {
  return fetch(path, {
    method,
    headers: { authorization: 'Bearer ' + store.getItem('ummah-mock-key'), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
async function refresh() {
  if (!store.getItem('ummah-mock-key')) { login.hidden = false; return; }
  const response = await call('GET', '/_mock/dashboard/');
  if (response.status === 401) { store.removeItem('ummah-mock-key'); login.hidden = false; message.textContent = 'That key was refused.'; return; }
  login.hidden = true;
  main.innerHTML = await response.text();
}
login.addEventListener('submit', (event) => {
  event.preventDefault();
  store.setItem('ummah-mock-key', document.getElementById('key').value.trim());
  message.textContent = '';
  void refresh();
});
main.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-path]');
  if (!button) return;
  let body = button.dataset.body ? JSON.parse(button.dataset.body) : undefined;
  if (button.dataset.input) body = { duration: document.getElementById(button.dataset.input).value };
  button.disabled = true;
  const response = await call(button.dataset.method || 'POST', button.dataset.path, body);
  message.textContent = response.ok ? '' : 'Refused (' + response.status + '): ' + (await response.text());
  await refresh();
});
window.addEventListener('focus', () => void refresh());
void refresh();
</script>
</body></html>`;
  return { status: 200, text: html, contentType: 'text/html; charset=utf-8' };
}

/** A button the dashboard's script turns into an authenticated call. */
function action(label: string, method: string, path: string, body?: unknown): string {
  const data = body === undefined ? '' : ` data-body="${e(JSON.stringify(body))}"`;
  return `<button type="button" data-method="${method}" data-path="${e(path)}"${data}>${e(label)}</button>`;
}

function time(unixSeconds: number | null | undefined): string {
  return unixSeconds == null ? '' : new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** Where the dashboard's contents are rendered from, besides the state. */
export interface DashboardView {
  /** The API's path on the origin, e.g. `/api/v1`, for the calls its buttons make. */
  readonly apiPath: string;
  /** The mock clock's time. */
  readonly now: number;
  /** The brand of the test purchases it creates. */
  readonly brandId: string;
}

/**
 * The dashboard's contents for the account: purchases, clients, subscriptions and every webhook
 * delivery, newest first, with the controls that drive them. Every value is escaped: payloads and
 * receivers' answers are arbitrary text.
 */
export function renderDashboard(state: GatewayState, view: DashboardView): string {
  const { apiPath, now, brandId } = view;
  const purchases = [...state.purchases.values()].reverse();
  const purchaseRows = purchases
    .map((purchase) => {
      const amount = `${(purchase.purchase.total_amount / 100).toFixed(2)} ${purchase.purchase.currency}`;
      const controls = [
        purchase.checkout_url
          ? `<a href="${e(purchase.checkout_url)}" target="_blank" rel="noopener">checkout page</a>`
          : '',
        purchase.status === 'created' || purchase.status === 'error'
          ? action('Pay', 'POST', `/_mock/purchases/${purchase.id}/checkout/`, { outcome: 'paid' }) +
            action('Decline', 'POST', `/_mock/purchases/${purchase.id}/checkout/`, { outcome: 'failed' })
          : '',
        purchase.status === 'paid'
          ? action('Refund', 'POST', `${apiPath}/purchases/${purchase.id}/refund/`, {})
          : '',
      ].join(' ');
      return `<tr data-purchase="${e(purchase.id)}"><td><code>${e(purchase.id)}</code></td><td>${e(purchase.client.email)}</td><td>${e(amount)}</td><td class="status">${e(purchase.status)}</td><td>${time(purchase.created_on)}</td><td>${controls}</td></tr>`;
    })
    .join('\n');
  const clientRows = [...state.clients.values()]
    .reverse()
    .map(
      (client) =>
        `<tr><td><code>${e(client.id)}</code></td><td>${e(client.email)}</td><td>${e(client.full_name ?? '')}</td></tr>`,
    )
    .join('\n');
  const subscriberRows = [...state.subscribers.values()]
    .map((subscriber) => {
      const template = state.billingTemplates.get(subscriber.billing_template_id);
      return `<tr><td>${e(template?.title ?? subscriber.billing_template_id)}</td><td>${e(subscriber.client.email)}</td><td class="status">${e(subscriber.status)}</td><td>${subscriber.number_of_billing_cycles_passed}</td><td>${time(subscriber.next_billing_on)}</td></tr>`;
    })
    .join('\n');
  const deliveryRows = [...state.deliveries]
    .reverse()
    .map((delivery) => {
      const exchange = state.deliveryExchanges.get(delivery.id);
      const signature = Object.entries(exchange?.headers ?? {})
        .filter(([name]) => name.includes('signature'))
        .map(([name, value]) => `${name}: ${value}`)
        .join('\n');
      return `<tr data-delivery="${e(delivery.id)}"><td>${time(delivery.sent_at)}</td><td><code>${e(delivery.event)}</code></td><td>${e(delivery.url)}</td><td class="status ${e(delivery.status)}">${e(delivery.status)} ${delivery.response_code ?? 'no answer'}</td><td>${delivery.attempts}</td>
<td><details><summary>payload, signature, answer</summary>
<h4>Payload</h4><pre>${e(JSON.stringify(delivery.payload, null, 2))}</pre>
<h4>Signature header</h4><pre>${e(signature)}</pre>
<h4>Receiver's answer</h4><pre>${e(exchange?.responseText ?? '')}</pre></details></td>
<td>${action('Resend', 'POST', `/_mock/deliveries/${delivery.id}/resend/`)}</td></tr>`;
    })
    .join('\n');
  const sample = {
    brand_id: brandId,
    client: { email: 'customer@example.com' },
    purchase: { products: [{ name: 'Test product', price: 2500 }], currency: 'USD' },
  };
  return `<section id="controls">
<p>Mock time: <strong id="now">${new Date(now).toISOString()}</strong>
<input id="advance-by" value="30d" size="8" aria-label="Advance by"> ${action('Advance time', 'POST', '/_mock/clock/advance/').replace('<button', '<button data-input="advance-by"')}
${action('New test purchase', 'POST', `${apiPath}/purchases/`, sample)}
<button type="button" onclick="refresh()">Refresh</button></p>
</section>
<h2>Purchases (${purchases.length})</h2>
<table id="purchases"><thead><tr><th>Id</th><th>Client</th><th>Amount</th><th>Status</th><th>Created</th><th></th></tr></thead><tbody>
${purchaseRows}
</tbody></table>
<h2>Clients (${state.clients.size})</h2>
<table id="clients"><thead><tr><th>Id</th><th>Email</th><th>Name</th></tr></thead><tbody>
${clientRows}
</tbody></table>
<h2>Subscriptions (${state.subscribers.size})</h2>
<table id="subscriptions"><thead><tr><th>Plan</th><th>Client</th><th>Status</th><th>Cycles</th><th>Next billing</th></tr></thead><tbody>
${subscriberRows}
</tbody></table>
<h2>Webhook deliveries (${state.deliveries.length})</h2>
<table id="deliveries"><thead><tr><th>Sent</th><th>Event</th><th>To</th><th>Answer</th><th>Attempt</th><th></th><th></th></tr></thead><tbody>
${deliveryRows}
</tbody></table>`;
}
