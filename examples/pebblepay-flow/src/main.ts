// A PebblePay order paid and refunded against the in-process mock: `pnpm start`.
import { runPebblePayFlow } from './flow.js';

const flow = await runPebblePayFlow();
console.log(`order ${flow.order.order_id}: ${flow.statuses.join(' → ')}`);
for (const event of flow.events) console.log(`verified ${event.event}`);
console.log(`receiver: ${flow.events.length} verified, ${flow.receiver.refused()} refused`);
await flow.close();
