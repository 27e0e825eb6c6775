import type {
  Balance,
  Client,
  CompanyStatement,
  PaymentMethods,
  PayoutMethods,
  Turnover,
} from '@ummah/schema/ummah/types';
import { describe, expect, it } from 'vitest';
import { BRAND, call, createPurchase, testGateway } from './support';

describe('clients', () => {
  it('creates, replaces, updates and deletes a client with its tokens', async () => {
    const gateway = testGateway();
    const created = await call<Client>(gateway, 'POST', '/clients/', {
      email: 'client@example.com',
      full_name: 'John Doe',
      phone: '+1234567890',
      country: 'US',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'personal', full_name: 'John Doe', country: 'US' });
    const id = created.body.id;
    const replaced = await call<Client>(gateway, 'PUT', `/clients/${id}/`, { email: 'updated@example.com' });
    expect(replaced.body).toMatchObject({ email: 'updated@example.com', full_name: '', phone: '' });
    const patched = await call<Client>(gateway, 'PATCH', `/clients/${id}/`, { full_name: 'Jane' });
    expect(patched.body).toMatchObject({ email: 'updated@example.com', full_name: 'Jane' });
    expect((await call(gateway, 'PUT', `/clients/${id}/`, { full_name: 'No email' })).status).toBe(400);
    expect((await call(gateway, 'DELETE', `/clients/${id}/`)).status).toBe(204);
    expect((await call(gateway, 'GET', `/clients/${id}/`)).status).toBe(404);
  });

  it('validates emails and country codes', async () => {
    const gateway = testGateway();
    const result = await call(gateway, 'POST', '/clients/', { email: 'not-an-email', country: 'USA' });
    expect(result.status).toBe(400);
    expect(Object.keys(result.body.details ?? {}).sort()).toEqual(['country', 'email']);
  });

  it('retrieves and deletes recurring tokens under their client only', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway, { force_recurring: true });
    const token = (await gateway.simulate.checkout(purchase.id)).recurring_token as string;
    const path = `/clients/${purchase.client_id}/recurring_tokens/${token}/`;
    expect((await call(gateway, 'GET', path)).body).toMatchObject({ id: token, payment_method: 'card' });
    const other = await call<Client>(gateway, 'POST', '/clients/', { email: 'other@example.com' });
    expect((await call(gateway, 'GET', `/clients/${other.body.id}/recurring_tokens/${token}/`)).status).toBe(
      404,
    );
    expect((await call(gateway, 'DELETE', path)).status).toBe(204);
    expect((await call(gateway, 'GET', path)).status).toBe(404);
  });
});

describe('payment and payout methods', () => {
  it('lists methods for a brand and currency and requires both', async () => {
    const gateway = testGateway();
    const methods = await call<PaymentMethods>(
      gateway,
      'GET',
      `/payment_methods/?brand_id=${BRAND}&currency=USD`,
    );
    expect(methods.body.available_payment_methods).toEqual(['visa', 'mastercard']);
    const payouts = await call<PayoutMethods>(
      gateway,
      'GET',
      `/payout_methods/?brand_id=${BRAND}&currency=USD`,
    );
    expect(payouts.body.available_payout_methods).toContain('visa');
    const missing = await call(gateway, 'GET', '/payment_methods/?currency=USD');
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual({ brand_id: ['This field is required.'] });
  });

  it('reads typed query parameters and checks them against the schema', async () => {
    const gateway = testGateway();
    const query = `brand_id=${BRAND}&currency=MYR&recurring=true&amount=1000`;
    const methods = await call<PaymentMethods>(gateway, 'GET', `/payment_methods/?${query}`);
    expect(methods.body.available_payment_methods).toContain('fpx');
    const bad = await call(gateway, 'GET', `/payment_methods/?${query}&country=my`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.details ?? {})).toEqual(['country']);
  });
});

describe('balance and turnover', () => {
  it('computes balance per currency from payments minus refunds', async () => {
    const gateway = testGateway();
    const usd = await createPurchase(gateway);
    const eur = await createPurchase(gateway, {
      purchase: { products: [{ name: 'B', price: 87500 }], currency: 'EUR' },
    });
    await createPurchase(gateway); // never paid: not in the balance
    await gateway.simulate.checkout(usd.id);
    await gateway.simulate.checkout(eur.id);
    await call(gateway, 'POST', `/purchases/${usd.id}/refund/`, { amount: 999 });
    const expected = [
      { currency: 'EUR', amount: 87500 },
      { currency: 'USD', amount: 2000 },
    ];
    expect((await call<Balance>(gateway, 'GET', '/balance/')).body.balance).toEqual(expected);
    expect((await call<Balance>(gateway, 'GET', '/account/json/balance/')).body.balance).toEqual(expected);
  });

  it('groups turnover by currency and month', async () => {
    let now = Date.UTC(2024, 0, 15);
    const gateway = testGateway({ now: () => now });
    const january = await createPurchase(gateway);
    await gateway.simulate.checkout(january.id);
    now = Date.UTC(2024, 1, 3);
    const february = await createPurchase(gateway);
    await gateway.simulate.checkout(february.id);
    const turnover = await call<Turnover>(gateway, 'GET', '/account/json/turnover/');
    expect(turnover.body.turnover).toEqual([
      { currency: 'USD', paid_amount: 2999, refunded_amount: 0, period: '2024-01' },
      { currency: 'USD', paid_amount: 2999, refunded_amount: 0, period: '2024-02' },
    ]);
  });
});

describe('statements', () => {
  it('goes processing → success and serves a CSV of the purchases at download_url', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway, { reference: 'Order, "A"' });
    await gateway.simulate.checkout(purchase.id);
    const created = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', {
      format: 'csv',
      timezone: 'Asia/Dubai',
    });
    expect(created.body).toMatchObject({ status: 'processing', download_url: null, timezone: 'Asia/Dubai' });
    const ready = await call<CompanyStatement>(gateway, 'GET', `/company_statements/${created.body.id}/`);
    expect(ready.body.status).toBe('success');
    const file = await gateway.fetch(ready.body.download_url!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await file.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'purchase_id,created_on,status,client_email,currency,total_amount,paid_amount,refunded_amount,payment_method,reference',
    );
    expect(lines[1]).toContain(`${purchase.id},`);
    expect(lines[1]).toContain(',paid,customer@example.com,USD,2999,2999,0,card,"Order, ""A"""');
    expect(lines).toHaveLength(2);
  });

  it('stays processing for the configured time and can be cancelled meanwhile', async () => {
    let now = 1_700_000_000_000;
    const gateway = testGateway({ statementProcessingMs: 60_000, now: () => now });
    const first = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', { format: 'csv' });
    const second = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', { format: 'csv' });
    expect(
      (await call<CompanyStatement>(gateway, 'GET', `/company_statements/${first.body.id}/`)).body.status,
    ).toBe('processing');
    const cancelled = await call<CompanyStatement>(
      gateway,
      'POST',
      `/company_statements/${first.body.id}/cancel/`,
    );
    expect(cancelled.body.status).toBe('cancelled');
    now += 60_000;
    const list = await call<{ results: CompanyStatement[] }>(gateway, 'GET', '/company_statements/');
    expect(list.body.results.map((statement) => statement.status)).toEqual(['success', 'cancelled']);
    expect((await call(gateway, 'POST', `/company_statements/${second.body.id}/cancel/`)).status).toBe(409);
  });

  it('keeps download URLs secret: a wrong token is a 404', async () => {
    const gateway = testGateway();
    const created = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', { format: 'csv' });
    const ready = await call<CompanyStatement>(gateway, 'GET', `/company_statements/${created.body.id}/`);
    const forged = ready.body.download_url!.replace(/\/[0-9a-f]+\.csv$/, '/0000.csv');
    expect((await gateway.fetch(forged)).status).toBe(404);
  });

  it('generates an XLSX workbook with the same rows when format is xlsx', async () => {
    const gateway = testGateway();
    const purchase = await createPurchase(gateway);
    await gateway.simulate.checkout(purchase.id);
    const created = await call<CompanyStatement>(gateway, 'POST', '/company_statements/', { format: 'xlsx' });
    const ready = await call<CompanyStatement>(gateway, 'GET', `/company_statements/${created.body.id}/`);
    expect(ready.body).toMatchObject({ format: 'xlsx', status: 'success' });
    expect(ready.body.download_url).toMatch(/\.xlsx$/);
    const file = await gateway.fetch(ready.body.download_url!);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // Entries are stored uncompressed, so the sheet XML can be read straight from the archive.
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('xl/worksheets/sheet1.xml');
    expect(text).toContain(`<t xml:space="preserve">${purchase.id}</t>`);
    expect(text).toContain('<c r="G2"><v>2999</v></c>');
  });

  it('rejects unknown time zones and formats', async () => {
    const gateway = testGateway();
    const zone = await call(gateway, 'POST', '/company_statements/', {
      format: 'csv',
      timezone: 'Mars/Base',
    });
    expect(zone.body.details?.timezone).toBeDefined();
    const format = await call(gateway, 'POST', '/company_statements/', { format: 'pdf' });
    expect(format.body.details?.format).toBeDefined();
  });
});
