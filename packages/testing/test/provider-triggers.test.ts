import { webhookEventTypes as pebblepayEvents } from '@ummah/schema/pebblepay/events';
import { webhookEventTypes as plexosEvents } from '@ummah/schema/plexos/events';
import { webhookEventTypes as plugipayEvents } from '@ummah/schema/plugipay/events';
import { webhookEventTypes as plumaasEvents } from '@ummah/schema/plumaas/events';
import { describe, expect, it } from 'vitest';
import { PROVIDER_MOCKS, type ProviderName } from '../src/providers/provider-registry';
import { receiver, verifySigned } from './provider-support';

/** Each provider's event list, as its API description gives it. */
const EVENTS: Readonly<Record<ProviderName, readonly string[]>> = {
  plumaas: plumaasEvents,
  plexos: plexosEvents,
  plugipay: plugipayEvents,
  pebblepay: pebblepayEvents,
};

const CASES = Object.entries(EVENTS).flatMap(([provider, events]) =>
  events.map((event) => ({ provider: provider as ProviderName, event })),
);

/** A provider mock delivering to an in-process receiver at its configured endpoint. */
function providerMock(provider: ProviderName) {
  const hook = receiver();
  const mock = PROVIDER_MOCKS[provider].create({
    webhookUrl: 'https://merchant.test/hooks',
    webhooks: { fetch: hook.fetch, retryDelaysMs: [] },
  });
  const control = (method: string, path: string, body?: unknown): Promise<Response> =>
    mock.handle(
      new Request(`${new URL(mock.baseURL).origin}/_mock${path}`, {
        method,
        headers: { authorization: `Bearer ${mock.apiKey}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  return { mock, hook, control };
}

describe('provider triggers', () => {
  it.each(Object.keys(EVENTS) as ProviderName[])(
    '%s lists exactly the events of its schema',
    async (provider) => {
      const { control } = providerMock(provider);
      const listed = (await (await control('GET', '/events/')).json()) as { results: string[] };
      expect(listed.results).toEqual([...EVENTS[provider]]);
    },
  );

  it.each(CASES)('$provider fires $event as a verifiable signed delivery', async ({ provider, event }) => {
    const { mock, hook, control } = providerMock(provider);
    const fired = await control('POST', '/trigger/', { event });
    expect(fired.status).toBe(201);
    const fromPayload = async (request: (typeof hook.requests)[number]) => {
      const body = await verifySigned(provider, request, mock.webhookSecret);
      return body.type ?? body.event;
    };
    const types = await Promise.all(hook.requests.map(fromPayload));
    expect(types.filter((type) => type === event)).toHaveLength(1);
  });

  it('refuses an event outside the schema and a caller without a key', async () => {
    const { hook, control, mock } = providerMock('plumaas');
    expect((await control('POST', '/trigger/', { event: 'charge.payed' })).status).toBe(400);
    const anonymous = await mock.handle(
      new Request(`${new URL(mock.baseURL).origin}/_mock/trigger/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'charge.succeeded' }),
      }),
    );
    expect(anonymous.status).toBe(401);
    expect(hook.requests).toHaveLength(0);
  });

  it.each(Object.keys(EVENTS) as ProviderName[])(
    '%s serves a dashboard of its deliveries, with their signatures, to a key holder',
    async (provider) => {
      const { mock, control } = providerMock(provider);
      const event = EVENTS[provider][0]!;
      await control('POST', '/trigger/', { event });
      const origin = new URL(mock.baseURL).origin;
      const shell = await mock.handle(new Request(`${origin}/`));
      expect(shell.status).toBe(200);
      expect(await shell.text()).toContain(`${provider} mock dashboard`);
      expect((await mock.handle(new Request(`${origin}/_mock/dashboard/`))).status).toBe(401);
      const page = await (await control('GET', '/dashboard/')).text();
      expect(page).toContain(`<code>${event}</code>`);
      const signatureHeader = Object.keys(mock.deliveries[0]!.headers).find((name) =>
        name.includes('signature'),
      )!;
      expect(page).toContain(`${signatureHeader}: ${mock.deliveries[0]!.headers[signatureHeader]}`);
      for (const name of EVENTS[provider]) expect(page).toContain(`<option>${name}</option>`);
    },
  );
});
