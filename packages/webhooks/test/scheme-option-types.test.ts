import { describe, expectTypeOf, it } from 'vitest';
import { safeVerifyWebhook, verifyRequest, verifyWebhook } from '../src/index.js';

// Checked by `tsc` (pnpm typecheck): an option that means nothing for the chosen scheme does not compile,
// even next to the options the scheme needs. At run time they are refused with INVALID_OPTIONS
// (scheme-options.test.ts).
describe('options of another scheme do not compile', () => {
  it('refuses secret with the RSA scheme and publicKey or algorithm with HMAC schemes', () => {
    // Never called: only whether these calls type-check matters.
    const calls = (headers: Record<string, string>, request: Request) => {
      // @ts-expect-error the RSA scheme has no secret
      void verifyWebhook({ payload: '', headers, publicKey: '', secret: 's' });
      // @ts-expect-error the RSA scheme has no secret, named explicitly too
      void safeVerifyWebhook({ payload: '', headers, scheme: 'ummah', publicKey: '', secret: 's' });
      // @ts-expect-error HMAC schemes have no public key
      void verifyWebhook({ payload: '', headers, scheme: 'plumaas', secret: 's', publicKey: '' });
      // @ts-expect-error HMAC schemes have no RSA digest
      void verifyWebhook({ payload: '', headers, scheme: 'pebblepay', secret: 's', algorithm: 'SHA-256' });
      // @ts-expect-error the same holds for fetch requests
      void verifyRequest(request, { scheme: 'plexos', secret: 's', publicKey: '' });
      // What each scheme does use compiles, tolerance included (checked against the event's own time).
      void verifyWebhook({ payload: '', headers, publicKey: '', algorithm: 'SHA-512', tolerance: 300 });
      void verifyWebhook({ payload: '', headers, scheme: 'pebblepay', secret: 's', tolerance: 300 });
    };
    expectTypeOf(calls).toBeFunction();
  });
});
