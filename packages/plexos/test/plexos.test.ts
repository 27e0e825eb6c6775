import { describeClientContract, useClientRecorder } from '@ummah/test-support/clients';
import { signWebhook } from '@ummah/webhooks';
import { describe, expect, expectTypeOf, it } from 'vitest';
import PlexosDefault, {
  InvalidRequestError,
  type Logger,
  Plexos,
  type PlexosOptions,
  RateLimitError,
  type Webhook,
  type WebhookCreateParams,
} from '../src/index.js';

const BASE = 'https://api.plexospay.com/v1';
const KEY = 'sk_test_plexos';
const SECRET = 'whsec_only_shown_once_123';
const recorder = useClientRecorder<Plexos, PlexosOptions>(Plexos, KEY);
const { seen, reply, make } = recorder;
const endpoint: WebhookCreateParams = { url: 'https://example.com/hooks', events: ['payment.debited'] };

describeClientContract(recorder, {
  exports: { defaultExport: PlexosDefault, envVar: 'PLEXOS_API_KEY', baseURL: BASE },
  post: [`${BASE}/webhooks`, (client) => client.webhooks.create(endpoint)],
  invalid: (client) => client.webhooks.create({ url: 'https://e.x', events: ['nope'] } as never),
  webhooks: {
    scheme: 'plexos',
    event: { id: 'evt_1', type: 'payment.debited', data: { id: 'pay_1' }, createdAt: '2026-12-03T10:00:00Z' },
    sign: signWebhook,
  },
});

describe('Plexos', () => {
  it('webhooks.create posts the endpoint with a Bearer key and returns the one-time secret', async () => {
    reply('post', `${BASE}/webhooks`, { id: 'wh_1', secret: SECRET, url: endpoint.url }, 201);
    const webhook = await make().webhooks.create({ ...endpoint, description: 'My app webhook' });
    expectTypeOf(webhook).toEqualTypeOf<Webhook>();
    expect(webhook.secret).toBe(SECRET);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe('/v1/webhooks');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen[0]?.body).toEqual({ ...endpoint, description: 'My app webhook' });
  });

  it('never lets the secret or the key reach a log or a hook, even at debug level', async () => {
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
    const webhook = await client.webhooks.create(endpoint);
    expect(webhook.secret).toBe(SECRET);
    expect(lines.some((line) => line.includes('/v1/webhooks'))).toBe(true);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('refuses a missing url without sending, naming the field', async () => {
    await expect(make().webhooks.create({ events: ['payment.debited'] } as never)).rejects.toThrow(/url/);
    await expect(make().webhooks.create({ url: 'https://e.x' } as never)).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    expect(seen).toHaveLength(0);
  });

  it('turns a 429 error body into a RateLimitError with its message', async () => {
    reply('post', `${BASE}/webhooks`, { error: 'Too many requests' }, 429);
    const error = await make({ maxRetries: 2 })
      .webhooks.create(endpoint)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toContain('Too many requests');
    expect(seen).toHaveLength(1);
  });
});
