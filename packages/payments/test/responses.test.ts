import { referenceResponses as fx, type RecordingServer, startRecordingServer } from '@ummah/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Logger, ResponseValidationError, Ummah, UmmahError } from '../src/index.js';

const KEY = 'sk_test_responses';

/** A logger that remembers its warnings. */
function recordingLogger(): Logger & {
  warnings: Array<{ message: string; data?: Record<string, unknown> }>;
} {
  const warnings: Array<{ message: string; data?: Record<string, unknown> }> = [];
  const ignore = () => undefined;
  return {
    warnings,
    debug: ignore,
    info: ignore,
    error: ignore,
    warn: (message, data) => void warnings.push({ message, data }),
  };
}

// What the platform behind the gateway really sends: more fields, more statuses, strings where the
// reference shows numbers.
const realWorldPurchase = {
  ...fx.paidPurchase,
  status: 'pending_execute_new_status',
  event_type: 'purchase.paid',
  purchase: {
    total_amount: 2999,
    currency: 'USD',
    products: [{ name: 'T-Shirt', price: 2999, quantity: '1.0000' }],
  },
  company_id: 'comp_1',
  some_future_field: { nested: [1, 2, 3] },
};
const driftedPurchase = { ...fx.paidPurchase, id: 42 };

describe('responses', () => {
  let gateway: RecordingServer;

  beforeAll(async () => {
    gateway = await startRecordingServer({ basePath: '/api/v1' });
  });
  beforeEach(() => {
    gateway.requests.length = 0;
  });
  afterAll(() => gateway.close());

  it.each(['off', 'warn', 'strict'] as const)(
    "keeps every field, unknown ones and unknown statuses included (validateResponses: '%s')",
    async (mode) => {
      gateway.respondWith(() => ({ body: realWorldPurchase }));
      const logger = recordingLogger();
      const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: mode, logger });
      await expect(ummah.purchases.retrieve('pur_1')).resolves.toEqual(realWorldPurchase);
      expect(logger.warnings).toEqual([]);
    },
  );

  it.each([
    ['a text/plain body', { raw: 'OK', headers: { 'content-type': 'text/plain' } }],
    ['an empty body', { raw: '' }],
    ['a 204', { status: 204 }],
  ])('rejects a purchase created with %s as invalid_response, keeping the key', async (_name, reply) => {
    gateway.respondWith(() => reply);
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, maxRetries: 0 });
    const error = await ummah.purchases
      .create(
        {
          brand_id: '409eb80e-3782-4b1d-afa8-b779759266a5',
          client: { email: 'customer@example.com' },
          purchase: { products: [{ name: 'T-Shirt', price: 2999 }] },
        },
        { idempotencyKey: 'order-1' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UmmahError);
    expect((error as UmmahError).code).toBe('invalid_response');
    expect((error as UmmahError).idempotencyKey).toBe('order-1');
  });

  it('resolves an operation declared to return nothing (clients.delete, 204) with undefined', async () => {
    gateway.respondWith(() => ({ status: 204 }));
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL });
    await expect(ummah.clients.delete('cli_1')).resolves.toBeUndefined();
  });

  it("returns a drifted response untouched and says nothing by default ('off')", async () => {
    gateway.respondWith(() => ({ body: driftedPurchase }));
    const logger = recordingLogger();
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, logger });
    await expect(ummah.purchases.retrieve('pur_1')).resolves.toEqual(driftedPurchase);
    expect(logger.warnings).toEqual([]);
  });

  it("logs a drift once per operation and field with 'warn', and still returns the response", async () => {
    gateway.respondWith(() => ({ body: driftedPurchase }));
    const logger = recordingLogger();
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'warn', logger });
    await expect(ummah.purchases.retrieve('pur_1')).resolves.toEqual(driftedPurchase);
    await ummah.purchases.retrieve('pur_1');
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]?.message).toContain('purchases.retrieve');
    expect(logger.warnings[0]?.data).toMatchObject({
      operation: 'purchases.retrieve',
      issues: [{ path: 'id' }],
    });
    expect(JSON.stringify(logger.warnings)).not.toContain(KEY);
  });

  it("stays silent in 'warn' mode when the log level hides warnings", async () => {
    gateway.respondWith(() => ({ body: driftedPurchase }));
    const logger = recordingLogger();
    const ummah = new Ummah(KEY, {
      baseURL: gateway.baseURL,
      validateResponses: 'warn',
      logger,
      logLevel: 'error',
    });
    await ummah.purchases.retrieve('pur_1');
    expect(logger.warnings).toEqual([]);
  });

  it("rejects a drifted response with 'strict', handing over the body as received", async () => {
    gateway.respondWith(() => ({ body: driftedPurchase }));
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'strict' });
    const error = await ummah.purchases.retrieve('pur_1').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const drift = error as ResponseValidationError;
    expect(drift.code).toBe('response_validation_failed');
    expect(drift.operation).toBe('purchases.retrieve');
    expect(drift.issues).toEqual([{ path: 'id', message: 'Expected a string, received a number' }]);
    expect(drift.data).toEqual(driftedPurchase);
    // The body may hold customer data: it stays out of structured logs.
    expect(drift.toJSON()).not.toHaveProperty('data');
  });

  it('keeps the raw response and request id behind a checked call', async () => {
    gateway.respondWith(() => ({ body: driftedPurchase, headers: { 'x-request-id': 'req_drift' } }));
    const logger = recordingLogger();
    const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'warn', logger });
    const { data, response, requestId } = await ummah.purchases.retrieve('pur_1').withResponse();
    expect(data).toEqual(driftedPurchase);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_drift');
    expect(logger.warnings).toHaveLength(1);
  });

  describe('publicKey.retrieve', () => {
    it('returns the PEM when the gateway answers a JSON string, as the platform does', async () => {
      gateway.respondWith(() => ({ body: fx.PEM }));
      const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'strict' });
      await expect(ummah.publicKey.retrieve()).resolves.toBe(fx.PEM);
      expect(gateway.requests[0]?.path).toBe('/api/v1/public_key/');
    });

    it('keeps the response of the public key call with withResponse()', async () => {
      gateway.respondWith(() => ({ body: fx.PEM, headers: { 'x-request-id': 'req_pem' } }));
      const { data, requestId } = await new Ummah(KEY, { baseURL: gateway.baseURL }).publicKey
        .retrieve()
        .withResponse();
      expect(data).toBe(fx.PEM);
      expect(requestId).toBe('req_pem');
    });

    it('returns the PEM when the gateway answers { public_key }, as the reference shows', async () => {
      gateway.respondWith(() => ({ body: { public_key: fx.PEM } }));
      const ummah = new Ummah(KEY, { baseURL: gateway.baseURL, validateResponses: 'strict' });
      await expect(ummah.publicKey.retrieve()).resolves.toBe(fx.PEM);
    });

    it('rejects an answer that holds no PEM at all', async () => {
      gateway.respondWith(() => ({ body: { key: 42 } }));
      const error = await new Ummah(KEY, { baseURL: gateway.baseURL }).publicKey
        .retrieve()
        .catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(UmmahError);
      expect((error as UmmahError).code).toBe('invalid_response');
    });
  });

  it('returns the webhook with the public_key that verifies its deliveries', async () => {
    gateway.respondWith(() => ({ status: 201, body: fx.webhook }));
    const webhook = await new Ummah(KEY, { baseURL: gateway.baseURL }).webhooks.create({
      callback: 'https://mysite.com/webhook',
      events: ['purchase.paid'],
    });
    expect(webhook.public_key).toBe(fx.PEM);
  });
});
