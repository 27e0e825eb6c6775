// Node, Deno and Bun entry of the payments scenario: `<runtime> cli-payments.mjs`. Every runtime must
// exit on its own afterwards: a timer or handle left open by the SDK or the mock would make the
// harness time out.
import { runPaymentsScenario } from '../scenarios/payments.js';
import { printReport } from './cli-output.js';

await printReport(runPaymentsScenario);
