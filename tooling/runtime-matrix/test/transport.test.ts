import { VERSION } from '@ummah/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureRequest,
  type FixtureServer,
  startFixtureServer,
} from '../src/harness/fixture-server.js';
import { MATRIX_RUNTIMES, type MatrixRun, runMatrix } from '../src/harness/matrix.js';
import type { MatrixRuntime } from '../src/harness/runtimes.js';
import {
  CALLER_IDEMPOTENCY_KEY,
  TRANSPORT_ROUTES,
  type TransportReport,
} from '../src/scenarios/transport.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let fixture: FixtureServer;
let matrix: MatrixRun<TransportReport>;

const baseURL = (runtime: MatrixRuntime) => `${fixture.origin}/rt/${runtime.id}`;

beforeAll(async () => {
  fixture = await startFixtureServer();
  matrix = await runMatrix<TransportReport>('transport', {
    cliArgs: (runtime) => [baseURL(runtime)],
    workerdPath: (runtime) => `/?base=${encodeURIComponent(baseURL(runtime))}`,
  });
});

afterAll(async () => {
  await matrix?.close();
  await fixture?.close();
});

describe.each(MATRIX_RUNTIMES.map((runtime) => [runtime.label, runtime] as const))(
  '@ummah/core transport on %s',
  (_label, runtime) => {
    const report = () => matrix.report(runtime.id);
    const received = (route: string): FixtureRequest[] => fixture.requests(`/rt/${runtime.id}${route}`);

    /** The attempts of a retried call: two, one key on both, the same body on both. */
    function expectOneKeyOnEveryAttempt(route: string): string {
      const attempts = received(route);
      expect(attempts).toHaveLength(2);
      const [first, second] = attempts as [FixtureRequest, FixtureRequest];
      expect(first.idempotencyKey).toBeDefined();
      expect(second.idempotencyKey).toBe(first.idempotencyKey);
      expect(second.body).toBe(first.body);
      return first.idempotencyKey as string;
    }

    it(`loads the ${runtime.coreBuild} build of @ummah/core through its export conditions`, async () => {
      expect((await report()).coreBuild).toBe(runtime.coreBuild);
    });

    it('retries a 503 and succeeds with the same generated Idempotency-Key on every attempt', async () => {
      const { unavailableOnce } = await report();
      expect(unavailableOnce.ok).toBe(true);
      expect(unavailableOnce.retries).toEqual([{ attempt: 0, code: 'service_unavailable' }]);
      const key = expectOneKeyOnEveryAttempt(TRANSPORT_ROUTES.unavailableOnce);
      expect(key).toMatch(UUID);
      expect(unavailableOnce.idempotencyKey).toBe(key);
      expect(unavailableOnce.data).toEqual({ ok: true, attempt: 2, idempotencyKey: key });
    });

    it("retries after a connection reset and sends the caller's Idempotency-Key again", async () => {
      const { resetOnce } = await report();
      expect(resetOnce.ok).toBe(true);
      expect(resetOnce.retries).toEqual([{ attempt: 0, code: 'connection_error' }]);
      expect(expectOneKeyOnEveryAttempt(TRANSPORT_ROUTES.resetOnce)).toBe(CALLER_IDEMPOTENCY_KEY);
      expect(resetOnce.idempotencyKey).toBe(CALLER_IDEMPOTENCY_KEY);
    });

    it('retries a 429 with Retry-After: 0 and succeeds with the same Idempotency-Key', async () => {
      const { rateLimitedOnce } = await report();
      expect(rateLimitedOnce.ok).toBe(true);
      expect(rateLimitedOnce.retries).toEqual([{ attempt: 0, code: 'rate_limited' }]);
      const key = expectOneKeyOnEveryAttempt(TRANSPORT_ROUTES.rateLimitedOnce);
      expect(rateLimitedOnce.idempotencyKey).toBe(key);
    });

    it('sends a 409 once and rejects with ConflictError carrying the status, code and key', async () => {
      const { conflict } = await report();
      const attempts = received(TRANSPORT_ROUTES.conflict);
      expect(attempts).toHaveLength(1);
      expect(conflict.ok).toBe(false);
      expect(conflict.retries).toEqual([]);
      expect(conflict.error).toMatchObject({
        name: 'ConflictError',
        status: 409,
        code: 'purchase_not_refundable',
        idempotencyKey: attempts[0]?.idempotencyKey,
        instanceOfExpected: true,
        guards: { isUmmahError: true, isAPIError: true, isConflictError: true, isRateLimitError: false },
      });
    });

    it('ends a call to a server that never answers at its deadline with the timeout error', async () => {
      const { timeout } = await report();
      expect(timeout.ok).toBe(false);
      expect(timeout.retries).toEqual([]);
      expect(timeout.error).toMatchObject({
        name: 'APIConnectionTimeoutError',
        code: 'timeout',
        instanceOfExpected: true,
        guards: { isAPIConnectionError: true, isAPIConnectionTimeoutError: true, isAPIUserAbortError: false },
      });
    });

    it("rejects with the abort error when the caller's signal fires", async () => {
      const { userAbort } = await report();
      expect(userAbort.ok).toBe(false);
      expect(userAbort.retries).toEqual([]);
      expect(userAbort.error).toMatchObject({
        name: 'APIUserAbortError',
        code: 'aborted',
        instanceOfExpected: true,
        guards: { isUmmahError: true, isAPIUserAbortError: true, isAPIConnectionTimeoutError: false },
      });
    });

    it(`names ${runtime.userAgentRuntime} in the User-Agent of every request`, async () => {
      await report();
      const requests = Object.values(TRANSPORT_ROUTES).flatMap((route) => received(route));
      // Every route but the two hung ones is certain to have been reached; those usually are too.
      expect(requests.length).toBeGreaterThanOrEqual(7);
      for (const request of requests)
        expect(request.userAgent).toBe(`ummah-core/${VERSION} (${runtime.userAgentRuntime})`);
    });
  },
);
