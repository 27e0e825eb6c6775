// The floor: one cold process doing one GET with the platform's fetch and nothing else.
const response = await fetch(`${process.env.ORIGIN}/api/v1/purchases/d6c4f3a2-8b1e-4f0a-9c3d-2e5b7a9f1c00/`, {
  headers: { authorization: 'Bearer sk_test_coldstart0000000000', accept: 'application/json' },
});
const purchase = await response.json();
if (purchase.id === undefined) throw new Error('no purchase');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exit(0);
