import { webhookEventTypes } from '@ummah/schema/ummah/events';
import type { Webhook } from '@ummah/schema/ummah/types';
import { verifyWebhook } from '@ummah/webhooks';
import { describe, expect, it } from 'vitest';
import { call, createPurchase, testGateway } from './support';

interface Received {
  readonly body: string;
  readonly headers: Headers;
}

/** A gateway with one all-events webhook whose receiver answers `statuses` in turn (200 after). */
async function gatewayWithWebhook(statuses: number[] = []) {
  const received: Received[] = [];
  const gateway = testGateway({
    webhooks: {
      retryDelaysMs: [],
      fetch: async (input, init) => {
        const request = new Request(input, init);
        received.push({ body: await request.text(), headers: request.headers });
        return new Response('thanks <b>', { status: statuses[received.length - 1] ?? 200 });
      },
    },
  });
  const webhook = (
    await call<Webhook>(gateway, 'POST', '/webhooks/', {
      callback: 'https://merchant.test/hooks',
      all_events: true,
    })
  ).body;
  const control = (path: string): string => `${new URL(gateway.baseURL).origin}/_mock${path}`;
  return { gateway, webhook, received, control };
}

describe('trigger', () => {
  it('lists exactly the event types of the schema', async () => {
    const { gateway, control } = await gatewayWithWebhook();
    const listed = await call<{ results: string[] }>(gateway, 'GET', control('/events/'));
    expect(listed.body.results).toEqual([...webhookEventTypes]);
  });

  it.each(webhookEventTypes)('fires %s as a verifiable signed delivery', async (type) => {
    const { gateway, webhook, received, control } = await gatewayWithWebhook();
    const fired = await call<{ event: string; object_id: string }>(gateway, 'POST', control('/trigger/'), {
      event: type,
    });
    expect(fired.status).toBe(201);
    const events = await Promise.all(
      received.map(
        async ({ body, headers }) =>
          (await verifyWebhook({ payload: body, headers, publicKey: webhook.public_key! })) as {
            type: string;
            object: { id: string };
          },
      ),
    );
    const triggered = events.filter((event) => event.type === type);
    expect(triggered).toHaveLength(1);
    expect(triggered[0]!.object.id).toBe(fired.body.object_id);
  });

  it('refuses an event the schema does not list', async () => {
    const { gateway, received, control } = await gatewayWithWebhook();
    const refused = await call(gateway, 'POST', control('/trigger/'), { event: 'purchase.payed' });
    expect(refused.status).toBe(400);
    expect(received).toHaveLength(0);
  });
});

describe('resend', () => {
  it('sends a logged delivery again, signed again, and logs the new attempt', async () => {
    const { gateway, webhook, received, control } = await gatewayWithWebhook([500]);
    const purchase = await createPurchase(gateway);
    expect(gateway.deliveries.map((delivery) => delivery.status)).toEqual(['failed']);
    const first = gateway.deliveries[0]!;
    const resent = await call(gateway, 'POST', control(`/deliveries/${first.id}/resend/`));
    expect(resent.status).toBe(201);
    const answered = (resent.body as unknown as { results: Array<{ id: string; status: string }> }).results;
    expect(answered).toHaveLength(1);
    expect(answered[0]!.id).not.toBe(first.id);
    expect(answered[0]!.status).toBe('delivered');
    expect(gateway.deliveries.map((delivery) => delivery.status)).toEqual(['failed', 'delivered']);
    expect(received[1]!.body).toBe(received[0]!.body);
    const event = (await verifyWebhook({
      payload: received[1]!.body,
      headers: received[1]!.headers,
      publicKey: webhook.public_key!,
    })) as { object: { id: string } };
    expect(event.object.id).toBe(purchase.id);
    expect((await call(gateway, 'POST', control('/deliveries/nope/resend/'))).status).toBe(404);
  });

  it('answers 409 and sends nothing when the mock is closed to deliveries', async () => {
    const { gateway, received, control } = await gatewayWithWebhook();
    await createPurchase(gateway);
    const first = gateway.deliveries[0]!;
    const sent = received.length;
    gateway.close();
    const resent = await call(gateway, 'POST', control(`/deliveries/${first.id}/resend/`));
    expect(resent.status).toBe(409);
    expect(received).toHaveLength(sent);
  });
});

describe('dashboard', () => {
  it('serves a key-less page shell at the root, and the account only to a key holder', async () => {
    const { gateway, control } = await gatewayWithWebhook();
    const origin = new URL(gateway.baseURL).origin;
    const shell = await gateway.fetch(`${origin}/`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('Ummah mock dashboard');
    const anonymous = await gateway.fetch(control('/dashboard/'));
    expect(anonymous.status).toBe(401);
  });

  it('lists purchases, clients and deliveries with signature and answer, all escaped', async () => {
    const { gateway, control } = await gatewayWithWebhook();
    const purchase = await createPurchase(gateway, {
      client: { email: 'customer@example.com' },
      reference: '<script>alert(1)</script>',
    });
    const page = await call<string>(gateway, 'GET', control('/dashboard/'));
    expect(page.status).toBe(200);
    expect(page.body).toContain(purchase.id);
    expect(page.body).toContain(purchase.checkout_url!);
    expect(page.body).toContain('customer@example.com');
    expect(page.body).toContain('purchase.created');
    expect(page.body).toContain('x-signature: ');
    expect(page.body).toContain('thanks &#60;b&#62;');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});
