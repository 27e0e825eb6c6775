import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer, startProviderMockServer } from '../src/server';

/** Debian's chromium package; .ci/run installs it when missing. */
const CHROMIUM = '/usr/bin/chromium';
const KEY = 'sk_test_browser';
/** Screenshots go to the guide only when asked, so a test run leaves the tree clean. */
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../../docs/images/', import.meta.url))
    : mkdtempSync(join(tmpdir(), 'ummah-mock-screenshots-'));

let browser: Browser;
let server: MockServer;
let receiver: RecordingServer;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does.`,
    );
  }
  receiver = await startRecordingServer({ handler: () => ({ status: 200, body: { received: true } }) });
  server = await startMockServer({ port: 0, webhooks: { retryDelaysMs: [] } });
  const webhook = await fetch(`${server.url}/webhooks/`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ callback: `${receiver.origin}/webhooks/ummah`, all_events: true }),
  });
  expect(webhook.status).toBe(201);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

/** The status cell of the newest purchase, once it reads `status`. */
async function purchaseStatus(page: Page, status: string): Promise<void> {
  await page
    .locator('#purchases tbody tr')
    .first()
    .locator('td.status', { hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

describe('the mock dashboard in a browser', () => {
  it('creates a purchase, pays it on the hosted checkout page, refunds it and shows each delivery', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    await page.goto(`${origin}/`);
    // The page holds nothing until a key is given.
    await page.locator('#login').waitFor();
    expect(await page.locator('#purchases').count()).toBe(0);
    await page.fill('#key', KEY);
    await page.click('text=Open dashboard');
    await page.locator('#purchases').waitFor();

    await page.click('text=New test purchase');
    await purchaseStatus(page, 'created');
    await page.locator('#deliveries tbody tr', { hasText: 'purchase.created' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'local-development-dashboard.png'), fullPage: true });

    const [checkout] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('#purchases tbody tr').first().locator('text=checkout page').click(),
    ]);
    await checkout.waitForLoadState();
    await checkout.click('button[data-outcome="paid"]');
    await checkout.locator('#status', { hasText: 'paid' }).waitFor();
    await checkout.screenshot({ path: join(SCREENSHOTS, 'local-development-checkout.png') });
    await checkout.close();

    await page.click('text=Refresh');
    await purchaseStatus(page, 'paid');
    await page.locator('#deliveries tbody tr', { hasText: 'purchase.paid' }).waitFor();
    await page.locator('#purchases tbody tr').first().locator('button', { hasText: 'Refund' }).click();
    await purchaseStatus(page, 'refunded');
    const refunded = page.locator('#deliveries tbody tr', { hasText: 'purchase.refunded' });
    await refunded.waitFor();
    expect(await refunded.locator('td.status').textContent()).toBe('delivered 200');
    await refunded.locator('summary').click();
    expect(await refunded.locator('pre').nth(1).textContent()).toMatch(/^x-signature: \S+$/);
    expect(await refunded.locator('pre').nth(2).textContent()).toBe('{"received":true}');
    await page.screenshot({ path: join(SCREENSHOTS, 'local-development-deliveries.png'), fullPage: true });

    const before = await page.locator('#now').textContent();
    await page.fill('#advance-by', '30d');
    await page.click('text=Advance time');
    await page.locator('#now', { hasNotText: before! }).waitFor();
    expect(
      Date.parse((await page.locator('#now').textContent())!) - Date.parse(before!),
    ).toBeGreaterThanOrEqual(30 * 86_400_000);

    // What the browser showed is what the receiver got: created, paid, refunded.
    expect(receiver.requests.map((request) => (request.body as { type: string }).type)).toEqual([
      'purchase.created',
      'purchase.paid',
      'purchase.refunded',
    ]);
    // Fire an event from the dashboard: a new purchase is walked to it and delivered.
    await page.selectOption('#trigger-event', 'purchase.payment_failure');
    await page.click('button:has-text("Trigger")');
    await page.locator('#deliveries td > code', { hasText: /^purchase\.payment_failure$/ }).waitFor();
    expect(await page.locator('#purchases tbody tr').count()).toBe(2);

    for (const name of ['dashboard', 'checkout', 'deliveries']) {
      expect(existsSync(join(SCREENSHOTS, `local-development-${name}.png`))).toBe(true);
    }
    await context.close();
  }, 60_000);

  it('pays a Plumaas charge with its step button and resends its delivery', async () => {
    const hook = await startRecordingServer({ handler: () => ({ status: 200 }) });
    const plumaas = await startProviderMockServer('plumaas', {
      port: 0,
      webhookUrl: `${hook.origin}/webhooks/plumaas`,
      webhooks: { retryDelaysMs: [] },
    });
    const context = await browser.newContext();
    try {
      const auth = { authorization: `Bearer ${plumaas.mock.apiKey}`, 'content-type': 'application/json' };
      const created = await fetch(`${plumaas.url}/charges`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ org_id: 'org_1', amount_cents: 12900 }),
      });
      const { id } = (await created.json()) as { id: string };
      const page = await context.newPage();
      await page.goto(`${new URL(plumaas.url).origin}/`);
      await page.fill('#key', plumaas.mock.apiKey);
      await page.click('text=Open dashboard');
      const row = page.locator(`#charges tr[data-object="${id}"]`);
      expect(await row.locator('td.status').textContent()).toBe('pending');
      await row.locator('button', { hasText: /^pay$/ }).click();
      await row.locator('td.status', { hasText: /^succeeded$/ }).waitFor();
      const delivery = page.locator('#deliveries tbody tr', { hasText: 'charge.succeeded' });
      expect(await delivery.locator('td.status').textContent()).toBe('delivered 200');
      await delivery.locator('button', { hasText: 'Resend' }).click();
      await page.locator('#deliveries tbody tr', { hasText: 'charge.succeeded' }).nth(1).waitFor();
      expect(hook.requests.map((request) => request.rawBody)).toEqual([
        hook.requests[0]!.rawBody,
        hook.requests[0]!.rawBody,
      ]);
    } finally {
      await context.close();
      await plumaas.close();
      await hook.close();
    }
  }, 20_000);
});
