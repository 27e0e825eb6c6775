// A Plexos Pay payment debited and refunded against the in-process mock: `pnpm start`.
import { runPlexosFlow } from './flow.js';

const flow = await runPlexosFlow();
console.log(`payment ${flow.payment.id}: ${flow.statuses.join(' → ')}`);
for (const event of flow.events) console.log(`verified ${event.type}`);
console.log(`receiver: ${flow.events.length} verified, ${flow.receiver.refused()} refused`);
await flow.close();
