// workerd test worker: runs the conformance vectors with the edge build and answers with the results.
import * as api from '../../dist/index.js';
import conformance from '../../vectors/conformance.json';
import { runVectors } from './conformance-core.mjs';

export default {
  async fetch() {
    return Response.json(await runVectors(api, conformance.vectors));
  },
};
