import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/demo.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('pnpm demo', () => {
  it('runs the quickstart end to end, prints every step and exits 0 with everything stopped', async () => {
    const { code, stdout, stderr } = await runDemo();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const steps = [
      'Start the mock gateway',
      'Start the Express webhook receiver',
      'Register the webhook endpoint',
      'Create a client',
      'Create a purchase',
      'Customer pays at checkout (simulated)',
      'Signed webhook arrives and is verified',
      'Retrieve the final status',
      'Partial refund',
      'Refund webhook verified',
      'Statement generated',
      'Statement downloaded',
    ];
    for (const step of steps)
      expect(stdout).toMatch(new RegExp(`✓ +\\d+\\. ${step.replace(/[()]/g, '\\$&')} .*\\(\\d+ ms\\)`));
    expect(stdout).toMatch(/purchase\.paid evt-\S+, X-Signature RSA-SHA256 valid/);
    expect(stdout).toContain('status paid, paid 50.00 USD');
    expect(stdout).toContain('15.00 USD refunded');
    expect(stdout).toMatch(/Statement row: \S+,.*,refunded,customer@example\.com,USD,5000,5000,1500,card,$/m);
    expect(stdout).toContain('Mock gateway and webhook receiver stopped.');
    expect(stdout).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|shop\.example)/);
  });
});
