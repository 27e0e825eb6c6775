// Node, Deno and Bun entry of the transport scenario: `<runtime> cli-transport.mjs <baseURL>`.
// A file of its own, so the process loads @ummah/core and nothing else.
import { runTransportScenario } from '../scenarios/transport.js';
import { printReport, scriptArgs } from './cli-output.js';

const [baseURL] = scriptArgs();
if (baseURL === undefined) throw new Error('usage: cli-transport.mjs <baseURL>');
await printReport(() => runTransportScenario(baseURL));
