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
export function dashboardPageRoutes(title: string, keyHint: string): GatewayRoute[] {
  return [mockRoute('GET', '/', 'mock.dashboardPage', () => dashboardPage(title, keyHint))];
}

function dashboardPage(title: string, keyHint: string): MockResult {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}button{font:inherit;margin:0 .15rem;padding:.15rem .6rem}pre{white-space:pre-wrap;word-break:break-all;max-width:60rem;background:#f8f8f8;padding:.5rem}
.status{font-weight:600}.delivered{color:#176f2c}.failed{color:#a61b1b}#message{color:#a61b1b;min-height:1.2em}
</style></head><body>
<h1>${e(title)}</h1>
<form id="login" hidden>
  <p>Enter one of the mock's secret keys (${e(keyHint)}). It stays in this tab only.</p>
  <input id="key" name="key" type="password" autocomplete="off" required>
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
  if (button.dataset.input) body = { [button.dataset.field]: document.getElementById(button.dataset.input).value };
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
