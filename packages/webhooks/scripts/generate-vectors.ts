/**
 * Regenerates vectors/conformance.json deterministically: fixed keys (scripts/keys/*.pem, test-only),
 * fixed secrets and timestamps, RSA PKCS#1 v1.5 (deterministic). Signatures are computed with
 * node:crypto directly, independently of the package's own signer.
 *
 *   pnpm --filter @ummah/webhooks vectors
 */
import { writeFileSync } from 'node:fs';
import { here, type Vector } from './vectors/common.js';
import { addHmacVectors } from './vectors/hmac-schemes.js';
import { addUmmahVectors } from './vectors/ummah.js';

const vectors: Vector[] = [];
addUmmahVectors(vectors);
addHmacVectors(vectors);

const out = {
  description:
    'Conformance vectors for @ummah/webhooks. Each vector is verified with its options at `now` (Unix seconds); bodies are UTF-8 text (`body`) or exact bytes (`bodyBase64`).',
  generatedBy:
    'scripts/generate-vectors.ts (deterministic: fixed keys in scripts/keys, fixed secrets and timestamps)',
  vectors,
};
writeFileSync(here('../../vectors/conformance.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${vectors.length} vectors`);
