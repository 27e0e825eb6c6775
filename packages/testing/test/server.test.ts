import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CompanyStatement, Purchase, Webhook } from '@ummah/schema/ummah/types';
import { type RecordedRequest, startRecordingServer, startServerProcess } from '@ummah/test-support';
import { verifyWebhook } from '@ummah/webhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/server';
import { checkSchemas, KEY, purchaseBody } from './support';

const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(): Promise<MockServer> {
  const started = await startMockServer({
    port: 0,
    onResponse: checkSchemas,
    webhooks: { retryDelaysMs: [5] },
  });
  cleanups.push(() => started.close());
  return started;
}

/** A real webhook receiver on 127.0.0.1 that records raw bodies. */
async function receiver(): Promise<{ url: string; deliveries: RecordedRequest[] }> {
  const recording = await startRecordingServer(() => ({ status: 200 }));
  cleanups.push(() => recording.close());
  return { url: `${recording.origin}/hooks`, deliveries: recording.requests };
}

describe('mock server over loopback', () => {
  it('serves the API, simulates checkout over /_mock/ and delivers signed webhooks to a real receiver', async () => {
    const mock = await server();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const hook = await receiver();
    const webhook = (await (
      await fetch(`${mock.url}/webhooks/`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ callback: hook.url, events: ['purchase.paid'] }),
      })
    ).json()) as Webhook;
    const purchase = (await (
      await fetch(`${mock.url}/purchases/`, { method: 'POST', headers, body: JSON.stringify(purchaseBody()) })
    ).json()) as Purchase;
    expect(purchase.checkout_url?.startsWith(new URL(mock.url).origin)).toBe(true);

    const origin = new URL(mock.url).origin;
    const unauthenticated = await fetch(`${origin}/_mock/purchases/${purchase.id}/checkout/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'paid' }),
    });
    expect(unauthenticated.status).toBe(401);
    const checkout = await fetch(`${origin}/_mock/purchases/${purchase.id}/checkout/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ outcome: 'paid' }),
    });
    expect(((await checkout.json()) as Purchase).status).toBe('paid');
    expect(hook.deliveries).toHaveLength(1);
    const event = (await verifyWebhook({
      payload: hook.deliveries[0]!.rawBody,
      headers: hook.deliveries[0]!.headers,
      publicKey: webhook.public_key!,
    })) as { type: string };
    expect(event.type).toBe('purchase.paid');
  });

  it('destroys the socket for an injected reset and answers injected statuses', async () => {
    const mock = await server();
    mock.gateway.faults.next({ reset: true }).next({ status: 502 });
    await expect(fetch(`${mock.url}/clients/`, { headers })).rejects.toThrow();
    expect((await fetch(`${mock.url}/clients/`, { headers })).status).toBe(502);
    expect((await fetch(`${mock.url}/clients/`, { headers })).status).toBe(200);
  });

  it('serves statement files from its own origin', async () => {
    const mock = await server();
    const created = (await (
      await fetch(`${mock.url}/company_statements/`, { method: 'POST', headers, body: '{"format":"csv"}' })
    ).json()) as CompanyStatement;
    const ready = (await (
      await fetch(`${mock.url}/company_statements/${created.id}/`, { headers })
    ).json()) as CompanyStatement;
    expect(ready.download_url?.startsWith(new URL(mock.url).origin)).toBe(true);
    expect((await (await fetch(ready.download_url!)).text()).startsWith('purchase_id,')).toBe(true);
  });
});

describe('ummah-mock CLI', () => {
  it('starts on the requested port, answers requests and exits 0 on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const mock = await startServerProcess(
      process.execPath,
      ['--import', 'tsx', cli, '--port', '0', '--api-key', 'sk_test_cli'],
      { listeningLine: /listening on (\S+)/ },
    );
    cleanups.push(async () => void (await mock.stop()));
    const { url } = mock;
    const refused = await fetch(`${url}/clients/`, { headers });
    expect(refused.status).toBe(401);
    const created = await fetch(`${url}/clients/`, {
      method: 'POST',
      headers: { ...headers, authorization: 'Bearer sk_test_cli' },
      body: JSON.stringify({ email: 'cli@example.com' }),
    });
    expect(created.status).toBe(201);
    expect((await mock.stop()).code).toBe(0);
  });

  it('prints usage and exits 2 for an unknown option', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--nope'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: ummah-mock');
  });
});

describe('hosted checkout page', () => {
  it('serves an HTML page at checkout_url that pays by posting back to the page, without a key', async () => {
    const mock = await server();
    const purchase = (await (
      await fetch(`${mock.url}/purchases/`, { method: 'POST', headers, body: JSON.stringify(purchaseBody()) })
    ).json()) as Purchase;
    const page = await fetch(purchase.checkout_url!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('29.99 USD');
    expect(html).not.toContain('/_mock/');
    const paid = await fetch(purchase.checkout_url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'paid' }),
    });
    expect(((await paid.json()) as Purchase).status).toBe('paid');
    expect((await fetch(`${new URL(mock.url).origin}/checkout/unknown/`)).status).toBe(404);
  });
});
