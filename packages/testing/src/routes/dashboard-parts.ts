import { escapeHtml as e } from '../http/escape-html';

/** A button the dashboard's script turns into an authenticated call (`data-path`, `data-body`). */
export function action(label: string, method: string, path: string, body?: unknown): string {
  const data = body === undefined ? '' : ` data-body="${e(JSON.stringify(body))}"`;
  return `<button type="button" data-method="${method}" data-path="${e(path)}"${data}>${e(label)}</button>`;
}

/** A Unix time in seconds as ISO 8601, or nothing. */
export function time(unixSeconds: number | null | undefined): string {
  return unixSeconds == null ? '' : new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * A button whose body is `{ [field]: <value of the input or select #inputId> }`, read when clicked.
 */
function inputAction(label: string, path: string, inputId: string, field: string): string {
  return `<button type="button" data-method="POST" data-path="${e(path)}" data-input="${e(inputId)}" data-field="${e(field)}">${e(label)}</button>`;
}

/** The mock's time with the advance control, and a trigger control for the mock's events. */
export function clockAndTriggerControls(now: number, events: readonly string[]): string {
  const options = events.map((event) => `<option>${e(event)}</option>`).join('');
  return `<p>Mock time: <strong id="now">${new Date(now).toISOString()}</strong>
<input id="advance-by" value="30d" size="8" aria-label="Advance by"> ${inputAction('Advance time', '/_mock/clock/advance/', 'advance-by', 'duration')}
<select id="trigger-event" aria-label="Event to trigger">${options}</select> ${inputAction('Trigger', '/_mock/trigger/', 'trigger-event', 'event')}
<button type="button" onclick="refresh()">Refresh</button></p>`;
}

/** One delivery row's details: the exact payload, the signature headers and the receiver's answer. */
export function deliveryDetails(
  payload: unknown,
  headers: Readonly<Record<string, string>>,
  answer: string,
): string {
  const signature = Object.entries(headers)
    .filter(([name]) => name.includes('signature'))
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  return `<details><summary>payload, signature, answer</summary>
<h4>Payload</h4><pre>${e(JSON.stringify(payload, null, 2))}</pre>
<h4>Signature header</h4><pre>${e(signature)}</pre>
<h4>Receiver's answer</h4><pre>${e(answer)}</pre></details>`;
}
