import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../src/index.node.js';

type Fault = 'ok' | 'reset' | '503' | '429' | 'slow' | 'truncated' | 'redirect';
const FAULTS: Fault[] = ['ok', 'reset', '503', '429', 'slow', 'truncated', 'redirect'];

/**
 * A loopback gateway that answers each request with the next fault of the call's script. It records
 * every success it sends; a mutation's key that already succeeded is answered with the stored
 * response (as the gateway does) and never executed twice, so any second execution is a duplicate.
 */
function faultServer() {
  const scripts = new Map<string, Fault[]>();
  const executions = new Map<string, number>();
  const successesByCall = new Map<string, number>();
  const keysByCall = new Map<string, Set<string>>();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const callId = String(req.headers['x-call-id']);
    const key = req.headers['idempotency-key'] as string | undefined;
    if (key !== undefined) {
      const keys = keysByCall.get(callId) ?? new Set();
      keys.add(key);
      keysByCall.set(callId, keys);
    }
    const fault = scripts.get(callId)?.shift() ?? 'ok';
    const succeed = (): void => {
      if (req.method === 'POST' && key !== undefined && !executions.has(key)) executions.set(key, 1);
      successesByCall.set(callId, (successesByCall.get(callId) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: callId }));
    };
    switch (fault) {
      case 'reset':
        req.socket.destroy();
        return;
      case '503':
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"server_error"}');
        return;
      case '429':
        res.writeHead(429, { 'retry-after': '0' }).end('{}');
        return;
      case 'slow':
        setTimeout(() => {
          if (!res.destroyed) succeed();
        }, 2_000);
        return;
      case 'truncated':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"id":');
        setTimeout(() => req.socket.destroy(), 5);
        return;
      case 'redirect':
        res.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' }).end();
        return;
      default:
        succeed();
    }
  };
  const server = createServer((req, res) => {
    req.resume();
    handle(req, res);
  });
  return { server, scripts, executions, successesByCall, keysByCall };
}

describe('fault mix', () => {
  const gateway = faultServer();
  let baseURL = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    gateway.server.closeAllConnections();
    await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
  });

  it('never duplicates a mutation, never resolves without a success, never leaves a call unsettled', async () => {
    const client = new HttpClient({
      baseURL,
      apiKey: 'sk_test_faultmix',
      timeout: 1_500,
      maxRetries: 3,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
      logLevel: 'error',
    });
    const calls = fc.sample(
      fc.record({
        method: fc.constantFrom('POST', 'GET'),
        script: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }),
      }),
      { numRuns: 60, seed: 42 },
    );
    let resolvedWithoutSuccess = 0;
    let unsettled = 0;
    const started = Date.now();
    const outcomes = await Promise.all(
      calls.map(async ({ method, script }, i) => {
        const callId = `c${i}`;
        gateway.scripts.set(callId, [...script]);
        const call = client
          .request(
            {
              method: method as 'POST' | 'GET',
              path: '/purchases/',
              body: method === 'POST' ? {} : undefined,
            },
            {
              headers: { 'x-call-id': callId },
            },
          )
          .then(
            () => 'resolved' as const,
            () => 'rejected' as const,
          );
        const outcome = await Promise.race([
          call,
          new Promise<'unsettled'>((resolve) => setTimeout(() => resolve('unsettled'), 6_000)),
        ]);
        if (outcome === 'unsettled') unsettled++;
        if (outcome === 'resolved' && !gateway.successesByCall.has(callId)) resolvedWithoutSuccess++;
        return outcome;
      }),
    );
    const allKeys = [...gateway.keysByCall.values()].flatMap((keys) => [...keys]);
    const callsWithTwoKeys = [...gateway.keysByCall.values()].filter((keys) => keys.size > 1).length;
    const sharedKeys = allKeys.length - new Set(allKeys).size;
    const duplicateExecutions = [...gateway.executions.values()].filter((n) => n > 1).length;
    const duplicates = callsWithTwoKeys + sharedKeys + duplicateExecutions;
    console.info('fault mix', {
      calls: calls.length,
      resolved: outcomes.filter((o) => o === 'resolved').length,
      rejected: outcomes.filter((o) => o === 'rejected').length,
      duplicates,
      resolvedWithoutSuccess,
      unsettled,
      ms: Date.now() - started,
    });
    expect(duplicates).toBe(0);
    expect(resolvedWithoutSuccess).toBe(0);
    expect(unsettled).toBe(0);
  }, 20_000);
});
