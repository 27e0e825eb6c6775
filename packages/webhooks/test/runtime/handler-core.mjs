// Runs createWebhookHandler (the Web handler with the in-memory store) through its states on whatever
// runtime loads this file. Plain JavaScript with no imports, like conformance-core.mjs, so it runs
// unchanged on Node, Deno, Bun and workerd.

const SECRET = 'runtime-handler-secret';

/** What {@link runHandlerScenario} reports when the handler behaves. */
export const expectedHandlerResults = [
  'genuine: 200 received',
  'repeat: 200 duplicate',
  'while processing: 409 DELIVERY_IN_PROGRESS, Retry-After 30',
  'first of the concurrent pair: 200 received',
  'handle throws: 500 HANDLER_FAILED',
  'retry after the failure: 200 received',
  'forged: 400 SIGNATURE_MISMATCH',
  'gateway event without an id, twice: 200 received, 200 duplicate',
  'handle outlives its lease: 503 LEASE_EXPIRED, signal aborted',
  'retry after the lease ran out: 200 received',
  'handle ran: evt_1, evt_2, evt_3 (failed), evt_3, purchase.paid, evt_4 (stuck), evt_4',
];

async function describeResponse(response) {
  const body = await response.json();
  const what = body.error ? body.error.code : body.duplicate ? 'duplicate' : 'received';
  const retry = response.headers.get('retry-after');
  return `${response.status} ${what}${retry && response.status === 409 ? `, Retry-After ${retry}` : ''}`;
}

/** @returns {Promise<string[]>} one line per step, to compare with {@link expectedHandlerResults} */
export async function runHandlerScenario(api) {
  const results = [];
  const ran = [];
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  // The duplicate is sent only once the first delivery's handle is running: both requests verify
  // their signature asynchronously, and on some runtimes the second would otherwise claim first.
  let markStarted;
  const started = new Promise((resolve) => {
    markStarted = resolve;
  });
  const handler = api.createWebhookHandler({
    scheme: 'plumaas',
    secret: SECRET,
    leaseSeconds: 30,
    handle: async (event) => {
      if (event.id === 'evt_2') {
        markStarted();
        await held;
      }
      if (event.id === 'evt_3' && !ran.includes('evt_3 (failed)')) {
        ran.push('evt_3 (failed)');
        throw new Error('transient');
      }
      ran.push(event.id);
    },
  });
  const delivery = async (payload) => {
    const { body, headers } = await api.signWebhook({ scheme: 'plumaas', payload, secret: SECRET });
    const request = (extra = {}) =>
      new Request('http://127.0.0.1/webhooks', { method: 'POST', body, headers: { ...headers, ...extra } });
    return Object.assign(request, { timestamp: headers['x-plumaas-timestamp'] });
  };

  const first = await delivery({ id: 'evt_1' });
  results.push(`genuine: ${await describeResponse(await handler(first()))}`);
  results.push(`repeat: ${await describeResponse(await handler(first()))}`);

  const second = await delivery({ id: 'evt_2' });
  const pending = handler(second());
  await started;
  results.push(`while processing: ${await describeResponse(await handler(second()))}`);
  release();
  results.push(`first of the concurrent pair: ${await describeResponse(await pending)}`);

  const third = await delivery({ id: 'evt_3' });
  results.push(`handle throws: ${await describeResponse(await handler(third()))}`);
  results.push(`retry after the failure: ${await describeResponse(await handler(third()))}`);

  const forged = first({ 'x-plumaas-signature': `t=${first.timestamp},v1=${'0'.repeat(64)}` });
  results.push(`forged: ${await describeResponse(await handler(forged))}`);

  const keys = await api.generateTestKeyPair();
  const gateway = api.createWebhookHandler({
    publicKey: keys.publicKey,
    handle: (event) => {
      ran.push(event.event_type);
    },
  });
  const callback = await api.signWebhook({
    payload: { event_type: 'purchase.paid', status: 'paid' },
    privateKey: keys.privateKey,
  });
  const send = () => gateway(new Request('http://127.0.0.1/', { method: 'POST', ...callback }));
  results.push(
    `gateway event without an id, twice: ${await describeResponse(await send())}, ${await describeResponse(await send())}`,
  );

  let stuckSignal;
  const short = api.createWebhookHandler({
    scheme: 'plumaas',
    secret: SECRET,
    leaseSeconds: 0.2,
    handle: async (event, context) => {
      if (!stuckSignal) {
        stuckSignal = context.signal;
        ran.push('evt_4 (stuck)');
        await new Promise(() => undefined);
      }
      ran.push(event.id);
    },
  });
  const fourth = await delivery({ id: 'evt_4' });
  const expired = await describeResponse(await short(fourth()));
  results.push(
    `handle outlives its lease: ${expired}, signal ${stuckSignal.aborted ? 'aborted' : 'not aborted'}`,
  );
  results.push(`retry after the lease ran out: ${await describeResponse(await short(fourth()))}`);
  results.push(`handle ran: ${ran.join(', ')}`);
  return results;
}
