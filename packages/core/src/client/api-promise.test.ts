import { describe, expect, it } from 'vitest';
import { APIPromise, type APIResult, type RawResponse } from './api-promise.js';

const response: RawResponse = {
  status: 201,
  headers: new Headers({ 'x-request-id': 'req_1' }),
  url: 'https://gate.test/api/v1/public_key/',
  idempotencyKey: 'key-1',
};

/** A call that resolved with `data`, counting how often its result was produced. */
function resolvedCall<T>(data: T): { promise: APIPromise<T>; sent: () => number } {
  let sent = 0;
  const result = new Promise<APIResult<T>>((resolve) => {
    sent += 1;
    resolve({ data, response, requestId: 'req_1' });
  });
  return { promise: new APIPromise(result), sent: () => sent };
}

describe('APIPromise.mapData', () => {
  it('maps the data and keeps the response, request id and idempotency key', async () => {
    const { promise } = resolvedCall<string | { public_key: string }>({ public_key: 'PEM' });
    const mapped = promise.mapData((body) => (typeof body === 'string' ? body : body.public_key));
    expect(mapped).toBeInstanceOf(APIPromise);
    await expect(mapped).resolves.toBe('PEM');
    const { data, response: raw, requestId } = await mapped.withResponse();
    expect(data).toBe('PEM');
    expect(raw).toBe(response);
    expect(raw.idempotencyKey).toBe('key-1');
    expect(requestId).toBe('req_1');
  });

  it('passes the response to the transform and accepts an async transform', async () => {
    const { promise } = resolvedCall(2);
    const mapped = promise.mapData(async (n, raw) => `${n * 10} ${raw.status}`);
    await expect(mapped).resolves.toBe('20 201');
  });

  it('rejects the mapped promise and its withResponse() with what the transform throws, leaving the original intact', async () => {
    const { promise, sent } = resolvedCall({ id: 42 });
    const drift = new TypeError('id must be a string');
    const mapped = promise.mapData(() => {
      throw drift;
    });
    await expect(mapped).rejects.toBe(drift);
    await expect(mapped.withResponse()).rejects.toBe(drift);
    await expect(promise).resolves.toEqual({ id: 42 });
    expect(sent()).toBe(1);
  });

  it('passes a failed call through without calling the transform', async () => {
    const failure = new Error('connection reset');
    const failed = new APIPromise<number>(Promise.reject(failure));
    let called = false;
    const mapped = failed.mapData((n) => {
      called = true;
      return n;
    });
    await expect(mapped).rejects.toBe(failure);
    expect(called).toBe(false);
  });
});
