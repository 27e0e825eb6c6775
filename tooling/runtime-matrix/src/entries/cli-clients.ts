// Node, Deno and Bun entry of the provider clients scenario: `<runtime> cli-clients.mjs`.
import { runClientsScenario } from '../scenarios/clients.js';
import { printReport } from './cli-output.js';

await printReport(runClientsScenario);
