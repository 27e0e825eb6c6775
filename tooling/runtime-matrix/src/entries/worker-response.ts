/**
 * Answers with the report as JSON, or with the error's name, message and stack as a 500 so the
 * harness can show why a scenario failed inside workerd.
 */
export async function reportResponse(run: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run());
  } catch (error) {
    const text =
      error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    return new Response(text, { status: 500 });
  }
}
