import type { z } from 'zod';
import type { MockResult } from '../http/mock-result';
import type { RouteTemplate } from '../http/router';

/** What a route's handler receives once the pipeline has routed, authenticated and validated. */
export interface HandlerInput {
  readonly request: Request;
  readonly url: URL;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The JSON body as the route's body schema parsed it (the raw object when it has none). */
  readonly body: unknown;
  /** The query as the route's query schema parsed it; undefined when it has none. */
  readonly query: unknown;
}

/** One endpoint the mock answers: where it is, what input it accepts, and what answers it. */
export interface GatewayRoute extends RouteTemplate {
  /** The operationId of the schema, or `mock.*` for the mock's own endpoints. */
  readonly operationId: string;
  /** Strict schema of the JSON body; null when the body is not validated. */
  readonly body: z.ZodType | null;
  /** Strict schema of the query parameters; null when the query is not validated. */
  readonly query: z.ZodType | null;
  /** Query parameters that page a list, left out of query validation. */
  readonly pageParams: readonly string[];
  readonly handler: (input: HandlerInput) => MockResult | Promise<MockResult>;
}

/** A route matched to a request. */
export interface MatchedRoute {
  readonly route: GatewayRoute;
  readonly params: Readonly<Record<string, string>>;
}
