import type { GatewayLinks } from '../domain/context';

/** Path prefix of the mock's own (non-gateway) endpoints: simulation and faults over HTTP. */
export const CONTROL_PREFIX = '/_mock';
/** Path prefix of downloadable files (statements), reachable without the API key like pre-signed URLs. */
export const FILES_PREFIX = '/_files';
/** The dashboard at the root, and the hosted checkout and invoice pages behind `checkout_url` and `invoice_url`. */
const PAGES = /^\/$|^\/(checkout|invoice)\//;

/**
 * Which part of the mock's origin a request is for: the gateway API (under the base path), the
 * mock's `/_mock/` endpoints, statement files, or the hosted checkout and invoice pages.
 */
export type RequestArea = 'api' | 'control' | 'files' | 'page';

/** The area of a path on the mock's origin. */
export function requestArea(pathname: string): RequestArea {
  if (pathname.startsWith(`${FILES_PREFIX}/`)) return 'files';
  if (pathname.startsWith(`${CONTROL_PREFIX}/`)) return 'control';
  if (PAGES.test(pathname)) return 'page';
  return 'api';
}

/** The path of a URL relative to the API base path (`/purchases/`), or undefined outside it. */
export function apiPathOf(url: URL, base: URL): string | undefined {
  const basePath = base.pathname.replace(/\/$/, '');
  if (basePath === '') return url.pathname;
  if (url.pathname === basePath) return '/';
  return url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : undefined;
}

/** The absolute URLs the domain hands out, on whatever origin the mock answers on at the time. */
export function gatewayLinks(origin: () => string): GatewayLinks {
  const at = (path: string): string => new URL(path, origin()).href;
  return {
    checkoutPage: (purchaseId) => at(`/checkout/${purchaseId}/`),
    invoicePage: (purchaseId) => at(`/invoice/${purchaseId}/`),
    statementFile: (statementId, token, format) =>
      at(`${FILES_PREFIX}/statements/${statementId}/${token}.${format}`),
  };
}
