// workerd entry of the transport scenario: GET /?base=<fixture base URL> answers with the report.
// A bundle of its own, so the Worker that runs it loads @ummah/core and nothing else.
import { runTransportScenario } from '../scenarios/transport.js';
import { reportResponse } from './worker-response.js';

export default {
  fetch(request: Request): Promise<Response> {
    const base = new URL(request.url).searchParams.get('base');
    if (base === null) return Promise.resolve(new Response('missing ?base=', { status: 400 }));
    return reportResponse(() => runTransportScenario(base));
  },
};
