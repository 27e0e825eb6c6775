import { useMswRecorder } from '@ummah/test-support/msw';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlexosDefault, {
  InvalidRequestError,
  type Logger,
  Plexos,
  type PlexosOptions,
  RateLimitError,
  type Webhook,
} from '../src/index.js';

const BASE = 'https://api.plexospay.com/v1';
const KEY = 'sk_test_plexos';
const SECRET = 'whsec_only_shown_once_123';
const { seen, reply } = useMswRecorder();
const make = (options: PlexosOptions = {}) =>
  new Plexos(KEY, {
    fetch: (input, init) => fetch(input, init),
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    ...options,
  });

describe('Plexos', () => {
  it('is the default export and reads PLEXOS_API_KEY', () => {
    expect(PlexosDefault).toBe(Plexos);
    process.env.PLEXOS_API_KEY = 'sk_env';
    try {
      expect(new Plexos().baseURL).toBe(BASE);
    } finally {
      delete process.env.PLEXOS_API_KEY;
    }
    expect(() => new Plexos()).toThrow(/PLEXOS_API_KEY/);
  });

  it('webhooks.create posts the endpoint and returns the one-time secret', async () => {
    reply('post', `${BASE}/webhooks`, { id: 'wh_1', secret: SECRET, url: 'https://example.com/hooks' }, 201);
    const webhook = await make().webhooks.create({
      url: 'https://example.com/hooks',
      events: ['payment.debited'],
      description: 'My app webhook',
    });
    expectTypeOf(webhook).toEqualTypeOf<Webhook>();
    expect(webhook.secret).toBe(SECRET);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/v1/webhooks');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toEqual({
      url: 'https://example.com/hooks',
      events: ['payment.debited'],
      description: 'My app webhook',
    });
  });

  it('never lets the secret reach a log or a hook, even at debug level', async () => {
    reply('post', `${BASE}/webhooks`, { id: 'wh_1', secret: SECRET }, 201);
    const lines: string[] = [];
    const record = (...args: unknown[]): void => {
      lines.push(JSON.stringify(args));
    };
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const client = make({
      logger,
      logLevel: 'debug',
      hooks: {
        onRequest: record,
        onResponse: (context) => record({ ...context, headers: [...context.headers] }),
      },
    });
    await client.webhooks.create({ url: 'https://example.com/hooks', events: ['payment.debited'] });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('refuses an unknown event or a missing url without sending', async () => {
    const client = make();
    await expect(
      client.webhooks.create({ url: 'https://e.x', events: ['nope'] } as never),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.webhooks.create({ events: ['payment.debited'] } as never)).rejects.toThrow(/url/);
    expect(seen).toHaveLength(0);
  });

  it('turns an error body into a typed error, and sends a failing POST once', async () => {
    reply('post', `${BASE}/webhooks`, { error: 'Too many requests' }, 429);
    await expect(
      make({ maxRetries: 2 }).webhooks.create({ url: 'https://e.x', events: ['payment.debited'] }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(seen).toHaveLength(1);
  });

  it('webhooks.verify checks a delivery signed with the plexos scheme', async () => {
    const event = { event: 'payment.debited', data: { id: 'pay_1' } };
    const signed = await signWebhook({ scheme: 'plexos', payload: event, secret: SECRET });
    const client = make();
    await expect(
      client.webhooks.verify({ payload: signed.body, headers: signed.headers, secret: SECRET }),
    ).resolves.toMatchObject(event);
    await expect(
      client.webhooks.verify({ payload: signed.body, headers: signed.headers, secret: 'whsec_x' }),
    ).rejects.toThrow();
  });
});
