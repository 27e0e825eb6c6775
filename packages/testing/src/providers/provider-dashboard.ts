import { escapeHtml as e } from '../http/escape-html';
import { clockAndTriggerControls, deliveryDetails, time } from '../routes/dashboard-parts';
import type { ProviderDelivery } from './provider-delivery';

/**
 * A provider mock's dashboard contents: the clock and trigger controls and every webhook delivery,
 * newest first, with its exact payload, signature headers and the receiver's status. Everything is
 * escaped: payloads are arbitrary text.
 */
export function renderProviderDashboard(
  deliveries: readonly ProviderDelivery[],
  now: number,
  events: readonly string[],
): string {
  const rows = [...deliveries]
    .reverse()
    .map(
      (delivery) =>
        `<tr><td>${time(delivery.sent_at)}</td><td><code>${e(delivery.event)}</code></td><td>${e(delivery.url)}</td><td class="status ${e(delivery.status)}">${e(delivery.status)} ${delivery.response_code ?? 'no answer'}</td><td>${delivery.attempts}</td>
<td>${deliveryDetails(delivery.payload, delivery.headers, String(delivery.response_code ?? 'no answer'))}</td></tr>`,
    )
    .join('\n');
  return `<section id="controls">${clockAndTriggerControls(now, events)}</section>
<h2>Webhook deliveries (${deliveries.length})</h2>
<table id="deliveries"><thead><tr><th>Sent</th><th>Event</th><th>To</th><th>Answer</th><th>Attempt</th><th></th></tr></thead><tbody>
${rows}
</tbody></table>`;
}
