// One cold process: import openai-node, create the client, one GET, report peak RSS.
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: 'sk_test_coldstart0000000000', baseURL: `${process.env.ORIGIN}/v1` });
const model = await openai.models.retrieve('coldstart');
if (model.id === undefined) throw new Error('no model');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
