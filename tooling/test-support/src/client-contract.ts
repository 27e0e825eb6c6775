import { inspect } from 'node:util';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { type InterceptedRequest, type MswRecorder, useMswRecorder } from './msw-recorder.js';

/** What every provider client built on core's `operationClientClass` offers. */
interface ProviderClient {
  readonly baseURL: string;
  toJSON(): Record<string, unknown>;
  readonly webhooks: {
    verify(options: {
      payload: string | Uint8Array;
      headers: Record<string, string>;
      secret: string;
    }): Promise<unknown>;
  };
}

/** `signWebhook` of `@ummah/webhooks`: its options are checked by its own types where it is passed in. */
interface Signer {
  sign(options: never): Promise<{ body: string | Uint8Array; headers: Record<string, string> }>;
}

/** The options the contract passes to a client's constructor. */
interface ContractOptions {
  baseURL?: string;
  maxRetries?: number;
  fetch?: typeof fetch;
  retry?: { initialDelayMs?: number; maxDelayMs?: number };
}

/** A provider client, described for {@link describeClientContract}. */
export interface ClientContract<C extends ProviderClient> {
  /** The package's default export, the variable the key is read from when omitted, the API root in the tests. */
  exports: { defaultExport: unknown; envVar: string; baseURL: string };
  /** A POST operation: its full URL and the call that sends it (answered with `{ id: 'obj_1' }`). */
  post: [url: string, send: (client: C) => Promise<unknown>];
  /** A call with input the schema refuses: it must fail before anything is sent. */
  invalid: (client: C) => Promise<unknown>;
  /** The client's webhook scheme, an event of it, and `signWebhook` to sign deliveries with. */
  webhooks: { scheme: string; event: Record<string, unknown> } & Signer;
}

/** The recorder of a client's test file, and a factory for clients that answer quickly in tests. */
export interface ClientRecorder<C, O> extends MswRecorder {
  make(options?: O): C;
  Client: new (apiKey?: string | null, options?: O) => C;
  key: string;
  /** Options every construction needs besides the test's own (e.g. `baseURL` where none is documented). */
  required: Partial<O>;
}

/**
 * Starts msw for the calling test file (see {@link useMswRecorder}) and gives a `make` that builds the
 * client with the test key, the global `fetch` (which msw intercepts) and millisecond retry delays.
 */
export function useClientRecorder<C, O extends ContractOptions>(
  Client: new (apiKey?: string | null, options?: O) => C,
  key: string,
  required: Partial<O> = {},
): ClientRecorder<C, O> {
  const recorder = useMswRecorder();
  const make = (options?: O): C =>
    new Client(key, {
      ...required,
      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
      ...options,
    } as O);
  return { ...recorder, make, Client, key, required };
}

const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => expect.unreachable('the call resolved'),
    (error: unknown) => error,
  );

/**
 * What every provider client promises, whatever its operations: the class is the default export;
 * the key comes from the environment when omitted; bad input is refused before sending; the key
 * shows in no error, `toJSON` or `util.inspect`; a POST is sent once on a 5xx or a dropped
 * connection (no idempotency mechanism is documented); deliveries verify with the client's scheme.
 */
export function describeClientContract<C extends ProviderClient, O extends ContractOptions>(
  recorder: ClientRecorder<C, O>,
  contract: ClientContract<C>,
): void {
  const { envVar, baseURL, defaultExport } = contract.exports;
  const [postURL, send] = contract.post;
  const answer = { id: 'obj_1' };
  const { seen, reply, handle, make, Client, key } = recorder;
  const required = recorder.required as O;
  const name = Client.name;

  describe(`${name} (the contract of every provider client)`, () => {
    it(`is the default export as well as a named one, and calls ${baseURL}`, () => {
      expect(defaultExport).toBe(Client);
      expect(make().baseURL).toBe(baseURL);
    });

    it(`sends the key from ${envVar} when none is given, and says where to put one when it is missing`, async () => {
      const previous = process.env[envVar];
      process.env[envVar] = `${key}_from_env`;
      try {
        reply('post', postURL, answer, 201);
        const client = new Client(undefined, { ...required, fetch: (i, init) => fetch(i, init) } as O);
        await send(client);
        const sent = seen[0] as InterceptedRequest;
        const auth = sent.headers.get('authorization') ?? sent.headers.get('x-api-key');
        expect(auth).toContain(`${key}_from_env`);
        delete process.env[envVar];
        expect(() => new Client(undefined, required)).toThrow(new RegExp(envVar));
      } finally {
        if (previous === undefined) delete process.env[envVar];
        else process.env[envVar] = previous;
      }
    });

    it('refuses invalid input with an InvalidRequestError before sending anything', async () => {
      const error = await rejection(contract.invalid(make()));
      expect((error as Error).name).toBe('InvalidRequestError');
      expect(seen).toHaveLength(0);
    });

    it('keeps the key out of toJSON, util.inspect and errors', async () => {
      const client = make();
      expect(JSON.stringify(client)).not.toContain(key);
      expect(JSON.stringify(client)).toContain(baseURL);
      expect(inspect(client)).not.toContain(key);
      expect(inspect(client)).toContain(name);
      reply('post', postURL, { error: 'Invalid API key' }, 401);
      const error = await rejection(send(client));
      expect((error as Error).name).toBe('AuthenticationError');
      expect(`${String(error)} ${JSON.stringify(error)} ${inspect(error)}`).not.toContain(key);
    });

    it('sends a POST once when it fails with a 5xx', async () => {
      reply('post', postURL, { error: 'Unavailable' }, 503);
      const error = await rejection(send(make({ ...required, maxRetries: 3 })));
      expect((error as { status?: number }).status).toBe(503);
      expect(seen).toHaveLength(1);
    });

    it('sends a POST once when the connection drops', async () => {
      handle('post', postURL, () => HttpResponse.error());
      const error = await rejection(send(make({ ...required, maxRetries: 3 })));
      expect((error as Error).name).toBe('APIConnectionError');
      expect(seen).toHaveLength(1);
    });

    it("webhooks.verify accepts a delivery signed with the client's scheme and refuses another secret", async () => {
      const { scheme, event } = contract.webhooks;
      const secret = 'whsec_contract_secret';
      const { body, headers } = await contract.webhooks.sign({ scheme, payload: event, secret } as never);
      const client = make();
      await expect(client.webhooks.verify({ payload: body, headers, secret })).resolves.toMatchObject(event);
      const forged = rejection(client.webhooks.verify({ payload: body, headers, secret: 'whsec_other' }));
      expect(((await forged) as Error).name).toBe('WebhookVerificationError');
    });
  });
}
