// One cold process: import @ummah/plumaas, create the client, one validated create, report peak RSS.
import Plumaas from '@ummah/plumaas';

const plumaas = new Plumaas('psk_test_coldstart', { baseURL: process.env.ORIGIN });
const charge = await plumaas.charges.create({ org_id: 'org_1', amount_cents: 5000, currency: 'USD' });
if (charge === undefined) throw new Error('no answer');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
