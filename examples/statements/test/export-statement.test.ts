import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ummah } from '@ummah/payments';
import { createMockGateway, type MockExchange, type MockGateway } from '@ummah/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportStatement } from '../src/export-statement.js';

const brandId = '409eb80e-3782-4b1d-afa8-b779759266a5';
let dir: string;
let gateway: MockGateway;
let ummah: Ummah;
let exchanges: MockExchange[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ummah-statements-'));
  exchanges = [];
  gateway = createMockGateway({
    statementProcessingMs: 150,
    onResponse: (exchange) => void exchanges.push(exchange),
  });
  ummah = new Ummah('sk_test_statements', { fetch: gateway.fetch });
});

afterEach(async () => {
  gateway.close();
  await rm(dir, { recursive: true, force: true });
});

async function paidPurchase(email: string, price: number): Promise<string> {
  const purchase = await ummah.purchases.create({
    brand_id: brandId,
    client: { email },
    purchase: { currency: 'USD', products: [{ name: 'Order', price }] },
  });
  await gateway.simulate.checkout(purchase.id);
  return purchase.id;
}

describe('exportStatement', () => {
  it('waits while the statement is processing, then saves the generated CSV to the path', async () => {
    const first = await paidPurchase('ana@example.com', 5000);
    const second = await paidPurchase('ben@example.com', 1999);
    const path = join(dir, 'statement.csv');

    const result = await exportStatement(ummah, { path, pollInterval: 50 });

    expect(result.statement.status).toBe('success');
    expect(result.path).toBe(path);
    const text = await readFile(path, 'utf8');
    expect(result.bytes).toBe(Buffer.byteLength(text));
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header).toMatch(/^purchase_id,created_on,status,client_email,currency,total_amount/);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual([first, second].sort());
    expect(rows.find((row) => row.startsWith(second))).toContain(',paid,ben@example.com,USD,1999,');
    // The statement was created without a download_url, so the file came only after re-reading it.
    const created = exchanges.find((exchange) => exchange.operationId === 'statements.create');
    expect(created?.body).toMatchObject({ status: 'processing' });
    const reads = exchanges.filter((exchange) => exchange.operationId === 'statements.retrieve');
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.at(-1)?.body).toMatchObject({ status: 'success' });
  });

  it('leaves no file behind when the export is aborted', async () => {
    await paidPurchase('ana@example.com', 5000);
    const path = join(dir, 'statement.csv');
    const controller = new AbortController();
    const pending = exportStatement(ummah, { path, pollInterval: 50, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('pnpm start', () => {
  it('saves a statement with one row per purchase and reports it', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const target = join(dir, 'demo.csv');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', target],
      { cwd: root },
    );
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Statement \S+: success, csv$/m);
    expect(stdout).toContain(`to ${target}: 2 rows`);
    const csv = await readFile(target, 'utf8');
    expect(csv).toMatch(/,refunded,ana@example\.com,USD,5000,5000,1500,card,/);
    expect(csv).toMatch(/,paid,ben@example\.com,USD,1999,1999,0,card,/);
  }, 30_000);
});
