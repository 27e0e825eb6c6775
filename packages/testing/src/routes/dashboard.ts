import type { GatewayState } from '../domain/state';
import { escapeHtml as e } from '../http/escape-html';
import { action, clockAndTriggerControls, deliveryDetails, time } from './dashboard-parts';

/** Where the dashboard's contents are rendered from, besides the state. */
export interface DashboardView {
  /** The API's path on the origin, e.g. `/api/v1`, for the calls its buttons make. */
  readonly apiPath: string;
  /** The mock clock's time. */
  readonly now: number;
  /** The brand of the test purchases it creates. */
  readonly brandId: string;
  /** The events its trigger control offers. */
  readonly events: readonly string[];
}

/**
 * The dashboard's contents for the account: purchases, clients, subscriptions and every webhook
 * delivery, newest first, with the controls that drive them. Every value is escaped: payloads and
 * receivers' answers are arbitrary text.
 */
export function renderDashboard(state: GatewayState, view: DashboardView): string {
  const { apiPath, now, brandId, events } = view;
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
      return `<tr data-delivery="${e(delivery.id)}"><td>${time(delivery.sent_at)}</td><td><code>${e(delivery.event)}</code></td><td>${e(delivery.url)}</td><td class="status ${e(delivery.status)}">${e(delivery.status)} ${delivery.response_code ?? 'no answer'}</td><td>${delivery.attempts}</td>
<td>${deliveryDetails(delivery.payload, exchange?.headers ?? {}, exchange?.responseText ?? '')}</td>
<td>${action('Resend', 'POST', `/_mock/deliveries/${delivery.id}/resend/`)}</td></tr>`;
    })
    .join('\n');
  const sample = {
    brand_id: brandId,
    client: { email: 'customer@example.com' },
    purchase: { products: [{ name: 'Test product', price: 2500 }], currency: 'USD' },
  };
  return `<section id="controls">
${clockAndTriggerControls(now, events)}
<p>${action('New test purchase', 'POST', `${apiPath}/purchases/`, sample)}</p>
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
