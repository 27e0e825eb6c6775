// A Plugipay checkout session paid and refunded against the in-process mock: `pnpm start`.
import { runPlugipayFlow } from './flow.js';

const flow = await runPlugipayFlow();
console.log(`session ${flow.session.id}: ${flow.statuses.slice(0, 2).join(' → ')}`);
console.log(`refund ${flow.refund.id}: ${flow.statuses.slice(2).join(' → ')}`);
for (const event of flow.events) console.log(`verified ${event.type}`);
console.log(`receiver: ${flow.events.length} verified, ${flow.receiver.refused()} refused`);
await flow.close();
