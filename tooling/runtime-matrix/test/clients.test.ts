import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_RUNTIMES, type MatrixRun, runMatrix } from '../src/harness/matrix.js';
import type { ClientsReport } from '../src/scenarios/clients.js';

let matrix: MatrixRun<ClientsReport>;

beforeAll(async () => {
  matrix = await runMatrix<ClientsReport>('clients');
});

afterAll(async () => {
  await matrix?.close();
});

describe.each(MATRIX_RUNTIMES.map((runtime) => [runtime.label, runtime] as const))(
  'the provider clients from their dist/ on %s',
  (_label, runtime) => {
    const report = () => matrix.report(runtime.id);

    it('Plumaas creates a charge with a Bearer key and verifies its deliveries', async () => {
      const { plumaas, requests } = await report();
      expect(plumaas).toEqual({ payURL: 'https://plumaas.com/pay/ch_1', isTestMode: true, verified: true });
      const sent = requests.find((request) => request.path === '/api/v1/charges');
      expect(sent).toMatchObject({ method: 'POST', authorization: 'Bearer psk_test_runtime_matrix' });
      expect(sent?.body).toEqual({ org_id: 'org_1', amount_cents: 5000, currency: 'USD' });
    });

    it('Plexos returns the one-time secret, keeps it out of its debug log, and verifies deliveries', async () => {
      const { plexos, requests } = await report();
      expect(plexos).toEqual({ secretReturned: true, secretLogged: false, verified: true });
      expect(requests.find((request) => request.path === '/v1/webhooks')?.method).toBe('POST');
    });

    it('Plugipay refuses to start without baseURL and creates a customer with one', async () => {
      const { plugipay } = await report();
      expect(plugipay.missingBaseURL).toMatch(/^ConfigurationError: Plugipay documents no API host/);
      expect(plugipay.customerId).toBe('cus_1');
      expect(plugipay.verified).toBe(true);
    });

    it('PebblePay sends X-Api-Key, retries a GET after a 503 and sends a POST once', async () => {
      const { pebblepay, requests } = await report();
      expect(pebblepay).toEqual({
        checkoutURL: 'https://pay.example/ord_1',
        retrievedAfterRetry: 'ord_1',
        failedPost: { status: 503, attempts: 1 },
        verified: true,
      });
      const pebbleRequests = requests.filter((request) => request.path.startsWith('/api/v1/orders'));
      for (const request of pebbleRequests) {
        expect(request.apiKey).toBe('sk_test_runtime_matrix');
        expect(request.authorization).toBeNull();
      }
      expect(pebbleRequests.filter((request) => request.path === '/api/v1/orders/ord_1')).toHaveLength(2);
    });

    it('refuses an amount below 0.50 before sending anything', async () => {
      const { invalid } = await report();
      expect(invalid).toEqual({ name: 'InvalidRequestError', requestsSent: 0 });
    });
  },
);
