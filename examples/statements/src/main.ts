// Exports a company statement to a file, against the in-memory mock gateway:
// `pnpm start [path]` (default: ummah-statement.csv in the OS temp folder, so a run leaves nothing in
// your checkout).
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ummah } from '@ummah/payments';
import { createMockGateway } from '@ummah/testing';
import { exportStatement } from './export-statement.js';

const target = process.argv[2] ?? join(tmpdir(), 'ummah-statement.csv');
// The mock keeps each statement `processing` for 300 ms, so the wait below really polls.
const gateway = createMockGateway({ statementProcessingMs: 300 });
const ummah = new Ummah('sk_test_statements_demo', { fetch: gateway.fetch });
const brandId = '409eb80e-3782-4b1d-afa8-b779759266a5';

// Some activity to report: two paid purchases, one of them partly refunded.
for (const [email, price] of [
  ['ana@example.com', 5000],
  ['ben@example.com', 1999],
] as const) {
  const purchase = await ummah.purchases.create({
    brand_id: brandId,
    client: { email },
    purchase: { currency: 'USD', products: [{ name: 'Order', price }] },
  });
  await gateway.simulate.checkout(purchase.id);
  if (email === 'ana@example.com') await ummah.purchases.refund(purchase.id, { amount: 1500 });
}

const { statement, path, bytes } = await exportStatement(ummah, { path: target, pollInterval: 100 });
const lines = (await readFile(path, 'utf8')).trimEnd().split(/\r?\n/);
console.log(`Statement ${statement.id}: ${statement.status}, ${statement.format}`);
console.log(`Saved ${bytes} bytes to ${path}: ${lines.length - 1} rows`);
console.log(`Columns: ${lines[0]}`);
gateway.close();
