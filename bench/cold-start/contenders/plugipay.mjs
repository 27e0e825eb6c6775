// One cold process: import @ummah/plugipay, create the client, one validated create, report peak RSS.
import Plugipay from '@ummah/plugipay';

const plugipay = new Plugipay('pk_test_coldstart', { baseURL: process.env.ORIGIN });
const customer = await plugipay.customers.create({ email: 'jane@example.com' });
if (customer === undefined) throw new Error('no answer');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
