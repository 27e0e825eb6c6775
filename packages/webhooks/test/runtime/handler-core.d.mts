/** What `runHandlerScenario` reports when the handler behaves. */
export const expectedHandlerResults: readonly string[];
/** Runs createWebhookHandler through its states with the given build; one line per step. */
export function runHandlerScenario(api: unknown): Promise<string[]>;
