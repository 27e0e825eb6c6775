// One cold process: import @ummah/payments, create the client, one GET, report peak RSS.
import Ummah from '@ummah/payments';

const ummah = new Ummah('sk_test_coldstart0000000000', { baseURL: `${process.env.ORIGIN}/api/v1` });
const purchase = await ummah.purchases.retrieve('d6c4f3a2-8b1e-4f0a-9c3d-2e5b7a9f1c00');
if (purchase.id === undefined) throw new Error('no purchase');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
