/**
 * The API descriptions this package holds and where each one's generated module goes. Every
 * description is emitted once, into `packages/schema/<name>/`; the published packages import the slices
 * they need through `@ummah/schema/<name>/<slice>` and inline them at build time.
 */
export interface ApiDescription {
  /** Folder and import name: `ummah/`, `@ummah/schema/ummah/routes`. */
  readonly name: string;
  /** The OpenAPI 3.1 document, relative to packages/schema. */
  readonly spec: string;
}

/** Every description, in the order the generator writes them. */
export const APIS: readonly ApiDescription[] = [{ name: 'ummah', spec: 'openapi.yaml' }];

/** The folder (relative to the repository root) that holds every generated module. */
export const GENERATED_ROOT = 'packages/schema';

/** The folder (relative to the repository root) of one description's generated module. */
export function outputDir(api: ApiDescription): string {
  return `${GENERATED_ROOT}/${api.name}`;
}
