// The module objects, not named imports: what counts is what the modules hold at the time of a
// request, after any interceptor has patched them.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { types } from 'node:util';

/**
 * What the patch points held when the SDK was loaded. Request interceptors (msw's
 * `@mswjs/interceptors`, nock, mitm) work by replacing these: msw wraps `http.request`,
 * `https.request` and `http.ClientRequest` in proxies while it listens and puts the originals back
 * when it closes; nock and mitm replace them (or `net.connect`) with their own functions.
 */
const atLoad = {
  httpRequest: http.request,
  httpGet: http.get,
  httpsRequest: https.request,
  httpsGet: https.get,
  clientRequest: http.ClientRequest,
  netConnect: net.connect,
  netCreateConnection: net.createConnection,
};

/** Whether `fn` is Node's own function and not a proxy or a replacement with the same name. */
function isNodeOwn(fn: unknown, sourceStart: string): boolean {
  if (typeof fn !== 'function' || types.isProxy(fn)) return false;
  return Function.prototype.toString.call(fn).startsWith(sourceStart);
}

/**
 * An interceptor installed before the SDK was loaded would have been captured above as if it were
 * Node's own; the source check rules that out, so nothing then ever counts as "no interceptor".
 */
const pristineAtLoad =
  isNodeOwn(atLoad.httpRequest, 'function request(') &&
  isNodeOwn(atLoad.httpGet, 'function get(') &&
  isNodeOwn(atLoad.httpsRequest, 'function request(') &&
  isNodeOwn(atLoad.httpsGet, 'function get(') &&
  isNodeOwn(atLoad.clientRequest, 'function ClientRequest(') &&
  !types.isProxy(atLoad.netConnect) &&
  !types.isProxy(atLoad.netCreateConnection);

/**
 * True when no request interceptor is active right now: every patch point holds Node's own
 * function, exactly as when the SDK was loaded. Cheap enough to ask before every request (seven
 * identity comparisons), so an interceptor started after a client was created, or after it has
 * sent thousands of requests, is seen by the very next request. When in doubt the answer is false.
 */
export function noRequestInterceptor(): boolean {
  return (
    pristineAtLoad &&
    http.request === atLoad.httpRequest &&
    https.request === atLoad.httpsRequest &&
    http.ClientRequest === atLoad.clientRequest &&
    http.get === atLoad.httpGet &&
    https.get === atLoad.httpsGet &&
    net.connect === atLoad.netConnect &&
    net.createConnection === atLoad.netCreateConnection
  );
}
