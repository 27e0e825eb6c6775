import { escapeHtml as e } from '../http/escape-html';
import { action, clockAndTriggerControls, deliveryDetails, time } from '../routes/dashboard-parts';
import type { ProviderDelivery } from './provider-delivery';

/** One object a provider mock stores, as its dashboard row shows it. */
export interface ProviderObjectRow {
  readonly id: string;
  /** Its state, e.g. `pending`, `succeeded`; empty for objects without one. */
  readonly status: string;
  /** The other columns, in the order of the table's `columns`. */
  readonly cells: readonly string[];
}

/**
 * A kind of object a provider mock stores (Plumaas charges, Plugipay refunds, …) and the simulated
 * steps its `/_mock/<resource>/{id}/<step>/` endpoints run on one, offered as buttons on each row.
 */
export interface ProviderObjectTable {
  /** The section's heading, e.g. `Charges`. */
  readonly title: string;
  /** The path segment of its step endpoints, e.g. `charges`; also the table's element id. */
  readonly resource: string;
  /** The headings of the rows' `cells`, between the id and the state. */
  readonly columns: readonly string[];
  /** The step endpoints an object of this kind has, e.g. `['pay', 'fail', 'refund']`. */
  readonly steps: readonly string[];
  /** Newest first. */
  readonly rows: readonly ProviderObjectRow[];
}

/** What a provider mock's dashboard is rendered from. */
export interface ProviderDashboardView {
  readonly objects: readonly ProviderObjectTable[];
  readonly deliveries: readonly ProviderDelivery[];
  /** The mock clock's time. */
  readonly now: number;
  /** The events its trigger control offers. */
  readonly events: readonly string[];
}

/**
 * A provider mock's dashboard contents: the clock and trigger controls, the objects it stores with
 * their states and step buttons, and every webhook delivery, newest first, with its exact payload,
 * signature headers, the receiver's status and a Resend button. Everything is escaped: payloads and
 * object fields are arbitrary text.
 */
export function renderProviderDashboard({ objects, deliveries, now, events }: ProviderDashboardView): string {
  const rows = [...deliveries]
    .reverse()
    .map(
      (delivery) =>
        `<tr data-delivery="${e(delivery.id)}"><td>${time(delivery.sent_at)}</td><td><code>${e(delivery.event)}</code></td><td>${e(delivery.url)}</td><td class="status ${e(delivery.status)}">${e(delivery.status)} ${delivery.response_code ?? 'no answer'}</td><td>${delivery.attempts}</td>
<td>${deliveryDetails(delivery.payload, delivery.headers, String(delivery.response_code ?? 'no answer'))}</td>
<td>${action('Resend', 'POST', `/_mock/deliveries/${encodeURIComponent(delivery.id)}/resend/`)}</td></tr>`,
    )
    .join('\n');
  return `<section id="controls">${clockAndTriggerControls(now, events)}</section>
${objects.map(objectSection).join('\n')}
<h2>Webhook deliveries (${deliveries.length})</h2>
<table id="deliveries"><thead><tr><th>Sent</th><th>Event</th><th>To</th><th>Answer</th><th>Attempt</th><th></th><th></th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/** One kind of object as a table, each row with its step buttons. */
function objectSection(table: ProviderObjectTable): string {
  const headings = ['Id', ...table.columns, 'Status', ''].map((heading) => `<th>${e(heading)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const path = `/_mock/${table.resource}/${encodeURIComponent(row.id)}`;
      const steps = table.steps.map((step) => action(step, 'POST', `${path}/${step}/`)).join(' ');
      const cells = row.cells.map((cell) => `<td>${e(cell)}</td>`).join('');
      return `<tr data-object="${e(row.id)}"><td><code>${e(row.id)}</code></td>${cells}<td class="status">${e(row.status)}</td><td>${steps}</td></tr>`;
    })
    .join('\n');
  return `<h2>${e(table.title)} (${table.rows.length})</h2>
<table id="${e(table.resource)}"><thead><tr>${headings}</tr></thead><tbody>
${rows}
</tbody></table>`;
}
