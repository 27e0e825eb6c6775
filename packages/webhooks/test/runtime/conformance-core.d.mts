/** One vector from vectors/conformance.json. */
export interface ConformanceVector {
  name: string;
  source?: string;
  scheme: string | Record<string, string>;
  options: Record<string, unknown>;
  now?: number;
  headers: Record<string, string | string[]>;
  body?: string;
  bodyBase64?: string;
  expect: { ok: true; event: unknown } | { ok: false; code: string };
}

/** Outcome of one vector in one variant. */
export interface VectorResult {
  name: string;
  variant: string;
  outcome: string;
}

export function expectedOutcome(vector: ConformanceVector): string;
export function runVectors(api: unknown, vectors: readonly ConformanceVector[]): Promise<VectorResult[]>;
export function expectedResults(vectors: readonly ConformanceVector[]): VectorResult[];
