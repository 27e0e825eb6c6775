import type { IncomingHttpHeaders } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import { createWebhookHandler as createExpressWebhookHandler } from '../src/express.js';
import {
  createReplayGuard,
  createWebhookHandler,
  defineHmacScheme,
  type PlexosEvent,
  type PlumaasEvent,
  type StandardWebhookEvent,
  safeVerifyWebhook,
  type UmmahWebhookEvent,
  verifyRequest,
  verifyWebhook,
} from '../src/index.js';

// These assertions are checked by `tsc` (pnpm typecheck); at run time they only confirm the calls type-check.
describe('event types follow the scheme', () => {
  it('types the default scheme as Ummah events and HMAC schemes as their provider events', () => {
    // Never called: only the types of these calls matter.
    const calls = (headers: Record<string, string>) => {
      expectTypeOf(
        verifyWebhook({ payload: '', headers, publicKey: '' }),
      ).resolves.toEqualTypeOf<UmmahWebhookEvent>();
      expectTypeOf(
        verifyWebhook({ payload: '', headers, secret: '', scheme: 'plumaas' }),
      ).resolves.toEqualTypeOf<PlumaasEvent>();
      expectTypeOf(
        verifyWebhook({ payload: '', headers, secret: '', scheme: 'plexos' }),
      ).resolves.toEqualTypeOf<PlexosEvent>();
      expectTypeOf(
        verifyWebhook({ payload: '', headers, secret: '', scheme: 'standard-webhooks' }),
      ).resolves.toEqualTypeOf<StandardWebhookEvent>();
      const acme = defineHmacScheme<{ kind: 'acme' }>({ name: 'acme', signatureHeader: 'x-acme' });
      expectTypeOf(verifyWebhook({ payload: '', headers, secret: '', scheme: acme })).resolves.toEqualTypeOf<{
        kind: 'acme';
      }>();
    };
    expectTypeOf(calls).toBeFunction();
  });

  it("accepts Node's IncomingHttpHeaders, Web Headers and Buffers as they come", () => {
    expectTypeOf(verifyWebhook).toBeCallableWith({
      payload: Buffer.from(''),
      headers: {} as IncomingHttpHeaders,
      publicKey: '',
    });
    expectTypeOf(verifyWebhook).toBeCallableWith({
      payload: new ArrayBuffer(0),
      headers: new Headers(),
      scheme: 'plexos',
      secret: [''],
    });
  });

  it('requires a public key for the gateway scheme and a secret for HMAC schemes', () => {
    // @ts-expect-error the gateway scheme verifies with a public key, not a secret
    expectTypeOf(verifyWebhook).toBeCallableWith({ payload: '', headers: {}, secret: 's' });
    // @ts-expect-error HMAC schemes need a secret
    expectTypeOf(verifyWebhook).toBeCallableWith({
      payload: '',
      headers: {},
      scheme: 'plumaas',
      publicKey: '',
    });
  });
});

describe('options are checked like any object literal', () => {
  it('refuses a misspelt option at compile time instead of ignoring it', () => {
    // Never called: only whether these calls type-check matters (`pnpm typecheck` fails otherwise).
    const calls = (headers: Record<string, string>, request: Request) => {
      // @ts-expect-error `tolerence` is not an option; the tolerance would silently stay 300 s.
      void verifyWebhook({ payload: '', headers, secret: '', scheme: 'plumaas', tolerence: 600 });
      // @ts-expect-error `publickey` (lower-case k) is not an option.
      void safeVerifyWebhook({ payload: '', headers, publickey: '' });
      // @ts-expect-error `secrets` is not an option.
      void verifyRequest(request, { scheme: 'plexos', secrets: [''] });
      void verifyWebhook({ payload: '', headers, secret: '', scheme: 'plumaas', tolerance: 600 });
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe('createWebhookHandler types handle by the scheme', () => {
  it('gives handle the scheme’s event, the context of its adapter, and checks every option', () => {
    // Never called: only whether these calls type-check matters.
    const calls = () => {
      const web = createWebhookHandler({
        scheme: 'plumaas',
        secret: '',
        leaseSeconds: 30,
        handle: (event, context) => {
          expectTypeOf(event).toEqualTypeOf<PlumaasEvent>();
          expectTypeOf(context.key).toBeString();
          expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
          expectTypeOf(context.request).toEqualTypeOf<Request>();
        },
      });
      expectTypeOf(web).toEqualTypeOf<(request: Request) => Promise<Response>>();
      createWebhookHandler({
        publicKey: '',
        handle: (event) => expectTypeOf(event).toEqualTypeOf<UmmahWebhookEvent>(),
      });
      createExpressWebhookHandler({
        scheme: 'standard-webhooks',
        secret: '',
        limit: 1024,
        handle: (event, { req }) => {
          expectTypeOf(event).toEqualTypeOf<StandardWebhookEvent>();
          expectTypeOf(req.headers).toEqualTypeOf<IncomingHttpHeaders>();
        },
      });
      const acme = defineHmacScheme<{ kind: 'acme' }>({ name: 'acme', signatureHeader: 'x-acme' });
      createWebhookHandler({
        scheme: acme,
        secret: '',
        handle: (event) => expectTypeOf(event).toEqualTypeOf<{ kind: 'acme' }>(),
      });
      // @ts-expect-error `leaseSecond` is not an option; the lease would silently stay 60 s.
      createWebhookHandler({ scheme: 'plexos', secret: '', leaseSecond: 5, handle: () => undefined });
      // @ts-expect-error a handler deduplicates through its store, not a replay guard.
      createWebhookHandler({ publicKey: '', replayGuard: createReplayGuard(), handle: () => undefined });
      // @ts-expect-error `handle` is required.
      createWebhookHandler({ scheme: 'plexos', secret: '' });
    };
    expectTypeOf(calls).toBeFunction();
  });
});
