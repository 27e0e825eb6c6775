// One cold process: import stripe-node, create the client, one GET, report peak RSS.
import Stripe from 'stripe';

const { hostname, port, protocol } = new URL(process.env.ORIGIN);
const stripe = new Stripe('sk_test_coldstart0000000000', {
  host: hostname,
  port: Number(port),
  protocol: protocol.slice(0, -1),
  telemetry: false,
});
const customer = await stripe.customers.retrieve('cus_coldstart');
if (customer.id === undefined) throw new Error('no customer');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
