import Ummah, { RequestValidationError } from '@ummah/payments';
import { createMockGateway } from '@ummah/testing';
import { describeError, type ErrorReport } from './error-report.js';

/** Clients the scenario creates in total, and the mock's page size, so the listing spans 3 pages. */
export const CLIENT_COUNT = 5;
export const PAGE_SIZE = 2;

/** One request as it left the SDK for the mock gateway. */
export interface SentRequest {
  method: string;
  path: string;
  userAgent: string | null;
  idempotencyKey: string | null;
}

/** Everything the payments scenario reports. */
export interface PaymentsReport {
  client: { id: string; email: string | null | undefined };
  created: { status: string | undefined; totalAmount: number | undefined; hasCheckoutURL: boolean };
  checkout: { status: unknown };
  retrieved: { status: string | undefined; paidAmount: number | undefined };
  refund: { amount: number | undefined; reference: string | null | undefined };
  afterRefund: { status: string | undefined; refundableAmount: number | null | undefined };
  listed: { count: number; allCreatedListed: boolean; pagesFetched: number };
  invalid: {
    error: ErrorReport;
    isRequestValidationError: boolean;
    operation: string | undefined;
    issuePaths: string[];
    requestsSent: number;
  };
  requests: SentRequest[];
}

const BRAND_ID = '409eb80e-3782-4b1d-afa8-b779759266a5';

/**
 * The merchant's happy path and one refusal, with `@ummah/payments` over `@ummah/testing`'s
 * in-process mock gateway: nothing leaves the process, so every runtime can run it, workerd included.
 */
export async function runPaymentsScenario(): Promise<PaymentsReport> {
  const gateway = createMockGateway({ pageSize: PAGE_SIZE });
  const requests: SentRequest[] = [];
  // Wraps the mock's fetch to see what the SDK actually sent: method, path and the headers that
  // carry the runtime's identity and the retry-safety key.
  const recordingFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push({
      method: request.method,
      path: new URL(request.url).pathname,
      userAgent: request.headers.get('user-agent'),
      idempotencyKey: request.headers.get('idempotency-key'),
    });
    return gateway.fetch(request);
  };
  const ummah = new Ummah('sk_test_runtime_matrix', { fetch: recordingFetch, logLevel: 'off' });
  try {
    const client = await ummah.clients.create({ email: 'customer@example.com', full_name: 'Aisha Rahman' });
    const purchase = await ummah.purchases.create({
      brand_id: BRAND_ID,
      client: { email: client.email ?? 'customer@example.com' },
      purchase: { products: [{ name: 'T-Shirt', price: 5000, quantity: 1 }], currency: 'USD' },
      success_redirect: 'https://shop.example/success',
      failure_redirect: 'https://shop.example/failure',
    });
    const checkout = await gateway.simulate.checkout(purchase.id, { outcome: 'paid' });
    const paid = await ummah.purchases.retrieve(purchase.id);
    const refund = await ummah.purchases.refund(purchase.id, { amount: 1500, reference: 'MATRIX-REFUND-1' });
    const afterRefund = await ummah.purchases.retrieve(purchase.id);

    const createdIds = [client.id];
    for (let n = 1; n < CLIENT_COUNT; n++) {
      createdIds.push((await ummah.clients.create({ email: `customer${n}@example.com` })).id);
    }
    const listedIds: string[] = [];
    const listCallsBefore = requests.length;
    for await (const listed of ummah.clients.list()) listedIds.push(listed.id);
    const pagesFetched = requests.length - listCallsBefore;

    const sentBefore = requests.length;
    let refusal: unknown;
    try {
      await ummah.purchases.create({
        brand_id: BRAND_ID,
        client: { email: 'not-an-email' },
        // A decimal, negative amount and a 2-letter currency: all refused by the schema.
        purchase: { products: [{ name: 'T-Shirt', price: -50.5, quantity: 1 }], currency: 'US' },
      });
    } catch (error) {
      refusal = error;
    }

    return {
      client: { id: client.id, email: client.email },
      created: {
        status: purchase.status,
        totalAmount: purchase.purchase?.total_amount,
        hasCheckoutURL: typeof purchase.checkout_url === 'string' && purchase.checkout_url.length > 0,
      },
      checkout: { status: checkout.status },
      retrieved: { status: paid.status, paidAmount: paid.payment?.amount },
      refund: { amount: refund.amount, reference: refund.reference },
      afterRefund: { status: afterRefund.status, refundableAmount: afterRefund.refundable_amount },
      listed: {
        count: listedIds.length,
        allCreatedListed:
          new Set(listedIds).size === listedIds.length && createdIds.every((id) => listedIds.includes(id)),
        pagesFetched,
      },
      invalid: {
        error: describeError(refusal, RequestValidationError),
        isRequestValidationError: refusal instanceof RequestValidationError,
        operation: refusal instanceof RequestValidationError ? refusal.operation : undefined,
        issuePaths:
          refusal instanceof RequestValidationError ? refusal.issues.map((issue) => issue.path) : [],
        requestsSent: requests.length - sentBefore,
      },
      requests,
    };
  } finally {
    gateway.close();
  }
}
