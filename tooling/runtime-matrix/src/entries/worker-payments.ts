// workerd entry of the payments scenario: any GET answers with the report.
import { runPaymentsScenario } from '../scenarios/payments.js';
import { reportResponse } from './worker-response.js';

export default {
  fetch(): Promise<Response> {
    return reportResponse(runPaymentsScenario);
  },
};
