import http from 'node:http';
import net from 'node:net';
import { setupServer } from 'msw/node';
import { describe, expect, it, vi } from 'vitest';
import { noRequestInterceptor } from '../src/node/request-interceptors.js';

describe('noRequestInterceptor', () => {
  it('is true while node:http, node:https and node:net hold Node’s own functions', () => {
    expect(noRequestInterceptor()).toBe(true);
  });

  it('is false while msw listens, and true again once it has closed', () => {
    const mock = setupServer();
    mock.listen({ onUnhandledRequest: 'error' });
    try {
      expect(noRequestInterceptor()).toBe(false);
    } finally {
      mock.close();
    }
    expect(noRequestInterceptor()).toBe(true);
  });

  it('is false while http.request or net.connect is replaced by a plain function (nock, mitm)', () => {
    const request = http.request;
    http.request = ((...args: Parameters<typeof request>) => request(...args)) as typeof request;
    try {
      expect(noRequestInterceptor()).toBe(false);
    } finally {
      http.request = request;
    }
    const connect = net.connect;
    net.connect = ((...args: Parameters<typeof connect>) => connect(...args)) as typeof connect;
    try {
      expect(noRequestInterceptor()).toBe(false);
    } finally {
      net.connect = connect;
    }
    expect(noRequestInterceptor()).toBe(true);
  });

  it('stays false for good when an interceptor was already active as the SDK loaded', async () => {
    vi.resetModules();
    const mock = setupServer();
    mock.listen();
    let loaded: typeof import('../src/node/request-interceptors.js');
    try {
      loaded = await import('../src/node/request-interceptors.js');
    } finally {
      mock.close();
    }
    expect(loaded.noRequestInterceptor()).toBe(false);
  });
});
