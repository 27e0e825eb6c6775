import { unauthorized } from './gateway-error';

/**
 * Checks `Authorization: Bearer <key>` and returns the key. With an explicit allow-list only those
 * keys pass; otherwise any test key (`<prefix>test_…`, `sk_test_…` by default) does, and live keys are
 * refused so a production secret pasted into a test setup is noticed. Messages never contain the key.
 */
export function authenticate(
  header: string | null,
  allowed: readonly string[] | undefined,
  prefix = 'sk_',
): string {
  if (header === null || header.trim() === '') {
    throw unauthorized(
      'Authentication credentials were not provided. Send "Authorization: Bearer <secret key>".',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must use the Bearer scheme.');
  const key = match[1]!;
  if (allowed !== undefined) {
    if (!allowed.includes(key)) throw unauthorized('Invalid API key provided.');
    return key;
  }
  if (key.startsWith(`${prefix}live_`)) {
    throw unauthorized(`The mock gateway only accepts test keys (${prefix}test_…); a live key was sent.`);
  }
  if (!key.startsWith(`${prefix}test_`) || key.length <= `${prefix}test_`.length) {
    throw unauthorized('Invalid API key provided.');
  }
  return key;
}
