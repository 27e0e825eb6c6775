// workerd entry of the provider clients scenario: any GET answers with the report.
import { runClientsScenario } from '../scenarios/clients.js';
import { reportResponse } from './worker-response.js';

export default {
  fetch(): Promise<Response> {
    return reportResponse(runClientsScenario);
  },
};
