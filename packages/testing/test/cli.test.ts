import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { webhookEventTypes as plumaasEvents } from '@ummah/schema/plumaas/events';
import { webhookEventTypes } from '@ummah/schema/ummah/events';
import { type ServerProcess, startRecordingServer, startServerProcess } from '@ummah/test-support';
import { verifyWebhook } from '@ummah/webhooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
/** The built command, as a merchant runs it (`pnpm build` writes dist/cli.js). */
const BIN = fileURLToPath(new URL('../bin/ummah-mock.js', import.meta.url));
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(() => {
  if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
    throw new Error('dist/cli.js is missing: run `pnpm --filter @ummah/testing build` before these tests.');
  }
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startCli(args: readonly string[], listeningLine: RegExp): Promise<ServerProcess> {
  const mock = await startServerProcess(process.execPath, [BIN, '--port', '0', ...args], { listeningLine });
  cleanups.push(() => mock.stop());
  return mock;
}

/** Runs a one-shot command to completion; resolves with its exit code and output. */
async function command(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Polls until the process has printed a line matching `pattern` (output arrives over a pipe). */
async function printed(mock: ServerProcess, pattern: RegExp, timeoutMs = 10_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(mock.output());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`nothing matching ${pattern} in:\n${mock.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ummah-mock --forward-to, trigger and advance', { timeout: 30_000 }, () => {
  it('forwards signed events to a receiver that verifies them, and logs each delivery', async () => {
    let publicKey = '';
    const verified: string[] = [];
    const receiver = await startRecordingServer({
      handler: async (request) => {
        try {
          const event = (await verifyWebhook({
            payload: request.rawBody,
            headers: request.headers as Record<string, string>,
            publicKey,
          })) as { type: string };
          verified.push(event.type);
          return { status: 200, body: { received: true } };
        } catch {
          return { status: 400, body: { error: 'bad signature' } };
        }
      },
    });
    cleanups.push(() => receiver.close());
    const hook = `${receiver.origin}/webhooks/ummah`;
    const mock = await startCli(
      ['--forward-to', hook, '--events', 'purchase.paid,purchase.refunded', '--retry-delays', ''],
      /listening on (\S+)[\s\S]*UMMAH_WEBHOOK_PUBLIC_KEY="[^"]+"\n/,
    );
    // The printed line is ready for an env file: a double-quoted value with \n escapes.
    publicKey = JSON.parse(/UMMAH_WEBHOOK_PUBLIC_KEY=("[^"]+")/.exec(mock.output())![1]!) as string;
    expect(publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);

    const fired = await command(['trigger', 'purchase.refunded', '--url', mock.url]);
    expect(fired).toMatchObject({ code: 0 });
    expect(fired.stdout).toContain('Triggered purchase.refunded');
    // purchase.created is filtered out by --events; paid (on the way) and refunded arrive, verified.
    expect(verified).toEqual(['purchase.paid', 'purchase.refunded']);
    expect(receiver.requests).toHaveLength(2);
    await printed(mock, new RegExp(`webhook purchase\\.refunded → ${hook} 200 delivered \\(attempt 1\\)`));
    await printed(mock, /POST \/_mock\/trigger\/ → 201/);
  });

  it("advances a running mock's clock and refuses bad input before sending anything", async () => {
    const mock = await startCli(['--api-key', 'sk_test_devloop'], /listening on (\S+)/);
    const refused = await command(['advance', '30d', '--url', mock.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('401');
    const advanced = await command([
      'advance',
      '1',
      'month',
      '--url',
      mock.url,
      '--api-key',
      'sk_test_devloop',
    ]);
    expect(advanced.code).toBe(0);
    expect(advanced.stdout).toContain('Mock time is now');
    const clock = await fetch(`${new URL(mock.url).origin}/_mock/clock/`, {
      headers: { authorization: 'Bearer sk_test_devloop' },
    });
    expect(((await clock.json()) as { advanced_ms: number }).advanced_ms).toBe(30 * 86_400_000);
    await printed(mock, /POST \/_mock\/clock\/advance\/ → 200/);

    expect((await command(['advance', 'soon', '--url', mock.url])).code).toBe(2);
    const unknown = await command(['trigger', 'purchase.payed', '--url', mock.url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown ummah event "purchase.payed"');
    expect(mock.output()).not.toContain('/_mock/trigger/');
  });

  it("forwards a provider mock's triggered events, signed with the secret it prints for an env file", async () => {
    let secret = '';
    const verified: string[] = [];
    const receiver = await startRecordingServer({
      handler: async (request) => {
        const event = (await verifyWebhook({
          scheme: 'plumaas',
          payload: request.rawBody,
          headers: request.headers as Record<string, string>,
          secret,
        })) as { event: string };
        verified.push(event.event);
        return { status: 200 };
      },
    });
    cleanups.push(() => receiver.close());
    const mock = await startCli(
      ['--provider', 'plumaas', '--forward-to', `${receiver.origin}/hooks`],
      /listening on (\S+)[\s\S]*PLUMAAS_WEBHOOK_SECRET=whsec_\S+\n/,
    );
    secret = /PLUMAAS_WEBHOOK_SECRET=(whsec_\S+)/.exec(mock.output())![1]!;
    const fired = await command([
      'trigger',
      'charge.refunded',
      '--provider',
      'plumaas',
      '--url',
      mock.url,
      // No --api-key: the CLI defaults to the key a Plumaas mock prints (psk_test_mock).
    ]);
    expect(fired.code).toBe(0);
    expect(verified).toEqual(['charge.succeeded', 'charge.refunded']);
    const unknown = await command(['trigger', 'purchase.paid', '--provider', 'plumaas', '--url', mock.url]);
    expect(unknown.code).toBe(2);
  });

  it('lists every command, endpoint and event of the schema in --help', async () => {
    const help = await command(['--help']);
    expect(help.code).toBe(0);
    for (const text of [
      'trigger <event>',
      'advance <duration>',
      '--forward-to',
      '--events',
      '/_mock/clock/advance/',
    ]) {
      expect(help.stdout).toContain(text);
    }
    for (const event of [...webhookEventTypes, ...plumaasEvents]) expect(help.stdout).toContain(event);
  });
});
