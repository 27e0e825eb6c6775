import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_RUNTIMES, type MatrixRun, runMatrix } from '../src/harness/matrix.js';
import { CLIENT_COUNT, type PaymentsReport } from '../src/scenarios/payments.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let matrix: MatrixRun<PaymentsReport>;

beforeAll(async () => {
  matrix = await runMatrix<PaymentsReport>('payments');
});

afterAll(async () => {
  await matrix?.close();
});

describe.each(MATRIX_RUNTIMES.map((runtime) => [runtime.label, runtime] as const))(
  '@ummah/payments against the @ummah/testing mock on %s',
  (_label, runtime) => {
    const report = () => matrix.report(runtime.id);

    it('creates a client and a purchase that has a checkout URL', async () => {
      const { client, created } = await report();
      expect(client).toEqual({ id: expect.stringMatching(UUID), email: 'customer@example.com' });
      expect(created).toEqual({ status: 'created', totalAmount: 5000, hasCheckoutURL: true });
    });

    it('retrieves the purchase as paid after a simulated checkout', async () => {
      const { checkout, retrieved } = await report();
      expect(checkout.status).toBe('paid');
      expect(retrieved).toEqual({ status: 'paid', paidAmount: 5000 });
    });

    it('refunds part of the payment and leaves the rest refundable', async () => {
      const { refund, afterRefund } = await report();
      expect(refund).toEqual({ amount: 1500, reference: 'MATRIX-REFUND-1' });
      expect(afterRefund).toEqual({ status: 'refunded', refundableAmount: 3500 });
    });

    it('lists every client once with auto-pagination, one request per page', async () => {
      const { listed } = await report();
      expect(listed).toEqual({ count: CLIENT_COUNT, allCreatedListed: true, pagesFetched: 3 });
    });

    it('refuses invalid input with RequestValidationError before sending anything', async () => {
      const { invalid } = await report();
      expect(invalid.requestsSent).toBe(0);
      expect(invalid.isRequestValidationError).toBe(true);
      expect(invalid.operation).toBe('purchases.create');
      expect(invalid.error).toMatchObject({
        code: 'invalid_request',
        instanceOfExpected: true,
        guards: { isUmmahError: true, isInvalidRequestError: true, isAPIError: false },
      });
      expect(invalid.issuePaths).toEqual(
        expect.arrayContaining(['client.email', 'purchase.products.0.price', 'purchase.currency']),
      );
    });

    it(`sends every POST with its own Idempotency-Key and names ${runtime.userAgentRuntime} in the User-Agent`, async () => {
      const { requests } = await report();
      const posts = requests.filter((request) => request.method === 'POST');
      expect(posts.length).toBe(CLIENT_COUNT + 2);
      for (const post of posts) expect(post.idempotencyKey).toMatch(UUID);
      expect(new Set(posts.map((post) => post.idempotencyKey)).size).toBe(posts.length);
      for (const request of requests) {
        if (request.method === 'GET') expect(request.idempotencyKey).toBeNull();
        expect(request.userAgent).toMatch(/^ummah-node\/\d+\.\d+\.\d+ \(/);
        expect(request.userAgent?.endsWith(`(${runtime.userAgentRuntime})`)).toBe(true);
      }
    });
  },
);
