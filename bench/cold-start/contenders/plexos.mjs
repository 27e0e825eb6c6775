// One cold process: import @ummah/plexos, create the client, one validated create, report peak RSS.
import Plexos from '@ummah/plexos';

const plexos = new Plexos('sk_test_coldstart', { baseURL: process.env.ORIGIN });
const hook = await plexos.webhooks.create({ url: 'https://example.com/hooks', events: ['payment.debited'] });
if (hook === undefined) throw new Error('no answer');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
