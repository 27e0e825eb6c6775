import { spawn } from 'node:child_process';

/**
 * The loopback gateway for the HTTP benchmark, run in a child process so its work neither shares
 * the event loop being measured nor counts in the client's CPU time. Every GET returns the same purchase-like JSON object,
 * except `/api/v1/clients/` which serves a paginated list of `PAGE_TOTAL` items.
 */
const SERVER_SOURCE = `
const http = require('node:http');
const workerData = JSON.parse(process.argv[1]);
const purchase = JSON.stringify({
  id: 'd6c4f3a2-8b1e-4f0a-9c3d-2e5b7a9f1c00', type: 'purchase', status: 'paid', brand_id: 'b_1',
  client: { email: 'customer@example.com', full_name: 'A Customer', country: 'MY', phone: '+60123456789' },
  purchase: { currency: 'MYR', total: 15000, products: [{ name: 'Hotel booking', price: 15000, quantity: '1.0000' }] },
  payment: { amount: 15000, currency: 'MYR', net_amount: 14550, fee_amount: 450, paid_on: 1767225600 },
  issuer_details: { legal_name: 'Merchant Sdn Bhd', brand_name: 'Merchant', registration_number: '123456-X' },
  transaction_data: { payment_method: 'visa', country: 'MY', attempts: [] },
  success_redirect: 'https://merchant.example/success', failure_redirect: 'https://merchant.example/failure',
  checkout_url: 'https://gate.example/p/d6c4f3a2/', created_on: 1767225000, updated_on: 1767225600,
  is_test: true, reference: 'order-42', notes: 'benchmark fixture',
});
const total = workerData.pageTotal, perPage = workerData.perPage;
const item = (i) => '{"id":"c_' + i + '","email":"client' + i + '@example.com","full_name":"Client ' + i + '","created_on":1767225000}';
const server = http.createServer((req, res) => {
  req.resume();
  if (req.url.startsWith('/api/v1/clients/')) {
    const page = Number(new URL(req.url, 'http://x').searchParams.get('page') || '1');
    const start = (page - 1) * perPage, end = Math.min(total, start + perPage);
    const items = []; for (let i = start; i < end; i++) items.push(item(i));
    const next = end < total ? '"http://127.0.0.1:' + server.address().port + '/api/v1/clients/?page=' + (page + 1) + '"' : 'null';
    const body = '{"results":[' + items.join(',') + '],"next":' + next + ',"previous":null}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(purchase), 'x-request-id': 'req_bench' });
  res.end(purchase);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** A running loopback server. */
export interface LoopbackServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts the server process and resolves once it listens. */
export async function startLoopbackServer(pageTotal: number, perPage: number): Promise<LoopbackServer> {
  const child = spawn(process.execPath, ['-e', SERVER_SOURCE, JSON.stringify({ pageTotal, perPage })], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`loopback server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill();
    },
  };
}
