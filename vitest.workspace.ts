/**
 * The list of vitest projects. Vitest 4 no longer reads this file on its own:
 * `vitest.config.ts` imports it as `test.projects`.
 */
export default ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts', 'tooling/*/vitest.config.ts'];
