import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { CompanyStatement, Purchase, Webhook } from '@ummah/schema/ummah/types';
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

interface Delivery {
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
}

/** A real webhook receiver on 127.0.0.1 that records raw bodies. */
async function receiver(): Promise<{ url: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const http: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => http.close(() => resolve())));
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/hooks`, deliveries };
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
    const checkout = await fetch(`${origin}/_mock/purchases/${purchase.id}/checkout/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'paid' }),
    });
    expect(((await checkout.json()) as Purchase).status).toBe('paid');
    expect(hook.deliveries).toHaveLength(1);
    const event = (await verifyWebhook({
      payload: hook.deliveries[0]!.body,
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
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--port', '0', '--api-key', 'sk_test_cli'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', () => reject(new Error(`CLI exited early: ${output}`)));
    });
    const refused = await fetch(`${url}/clients/`, { headers });
    expect(refused.status).toBe(401);
    const created = await fetch(`${url}/clients/`, {
      method: 'POST',
      headers: { ...headers, authorization: 'Bearer sk_test_cli' },
      body: JSON.stringify({ email: 'cli@example.com' }),
    });
    expect(created.status).toBe(201);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
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
  it('serves an HTML page at checkout_url that pays through the /_mock/ endpoint', async () => {
    const mock = await server();
    const purchase = (await (
      await fetch(`${mock.url}/purchases/`, { method: 'POST', headers, body: JSON.stringify(purchaseBody()) })
    ).json()) as Purchase;
    const page = await fetch(purchase.checkout_url!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('29.99 USD');
    expect(html).toContain(`/_mock/purchases/`);
    expect((await fetch(`${new URL(mock.url).origin}/checkout/unknown/`)).status).toBe(404);
  });
});
