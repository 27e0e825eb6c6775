// Runs the JSON conformance vectors against a build of the package. Plain JavaScript with no imports so
// the same file runs unchanged on Node, Deno, Bun and workerd (bundled into the test worker).

function decodeBase64(value) {
  const binary = atob(value);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The outcome a vector expects: 'ok' or the error code. */
export function expectedOutcome(vector) {
  return vector.expect.ok ? 'ok' : vector.expect.code;
}

function variantsOf(vector) {
  const variants = vector.bodyBase64 === undefined ? ['string', 'bytes'] : ['bytes'];
  // Web Headers merge repeated values into one line, so only vectors without arrays run that way.
  if (!Object.values(vector.headers).some(Array.isArray)) variants.push('Headers');
  return variants;
}

function optionsFor(api, vector, variant) {
  const body = vector.bodyBase64 === undefined ? vector.body : decodeBase64(vector.bodyBase64);
  const payload = variant === 'bytes' && typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const scheme = typeof vector.scheme === 'string' ? vector.scheme : api.defineHmacScheme(vector.scheme);
  return {
    ...vector.options,
    scheme,
    payload,
    headers: variant === 'Headers' ? new Headers(vector.headers) : vector.headers,
    ...(vector.now === undefined ? {} : { now: vector.now * 1000 }),
  };
}

/**
 * Verify every vector in every payload/header variant.
 * @returns {Promise<Array<{ name: string, variant: string, outcome: string }>>}
 *   outcome is 'ok' (event equal to the expected one), an error code, or 'unexpected: …'
 */
export async function runVectors(api, vectors) {
  const results = [];
  for (const vector of vectors) {
    for (const variant of variantsOf(vector)) {
      let outcome;
      try {
        const result = await api.safeVerifyWebhook(optionsFor(api, vector, variant));
        if (!result.ok) {
          outcome =
            result.error instanceof api.WebhookVerificationError
              ? result.error.code
              : `unexpected: ${result.error}`;
        } else if (
          !vector.expect.ok ||
          JSON.stringify(result.event) === JSON.stringify(vector.expect.event)
        ) {
          outcome = 'ok';
        } else {
          outcome = `unexpected: event ${JSON.stringify(result.event).slice(0, 200)}`;
        }
      } catch (error) {
        outcome = `unexpected: threw ${error?.name}: ${error?.message}`;
      }
      results.push({ name: vector.name, variant, outcome });
    }
  }
  return results;
}

/** Expected results in the same order as {@link runVectors} produces them. */
export function expectedResults(vectors) {
  return vectors.flatMap((vector) =>
    variantsOf(vector).map((variant) => ({ name: vector.name, variant, outcome: expectedOutcome(vector) })),
  );
}
