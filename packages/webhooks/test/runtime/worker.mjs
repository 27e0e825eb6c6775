// workerd test worker: runs the conformance vectors and the handler scenario with the edge build and
// answers with the results.
import * as api from '../../dist/index.js';
import conformance from '../../vectors/conformance.json';
import { runVectors } from './conformance-core.mjs';
import { runHandlerScenario } from './handler-core.mjs';

export default {
  async fetch() {
    return Response.json({
      vectors: await runVectors(api, conformance.vectors),
      handler: await runHandlerScenario(api),
    });
  },
};
