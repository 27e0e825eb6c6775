// One cold process: import @ummah/pebblepay, create the client, one validated create, report peak RSS.
import PebblePay from '@ummah/pebblepay';

const pebble = new PebblePay('sk_test_coldstart', { baseURL: process.env.ORIGIN });
const order = await pebble.orders.create({ amount: 29.99, order_reference: 'order-1' });
if (order === undefined) throw new Error('no answer');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
