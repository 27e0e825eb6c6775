// A Plumaas charge paid and refunded against the in-process mock: `pnpm start`.
import { runPlumaasFlow } from './flow.js';

const flow = await runPlumaasFlow();
console.log(`charge ${flow.charge.id}: ${flow.statuses.join(' → ')}`);
for (const event of flow.events) console.log(`verified ${event.event}`);
console.log(`receiver: ${flow.events.length} verified, ${flow.receiver.refused()} refused`);
await flow.close();
