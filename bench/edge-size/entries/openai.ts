// The same function with openai-node.
import OpenAI from 'openai';

export default {
  async fetch(_request: Request, env: { OPENAI_API_KEY: string }): Promise<Response> {
    const openai = new OpenAI({ apiKey: env.OPENAI_API_KEY });
    return Response.json(await openai.models.retrieve('gpt-4o'));
  },
};
