import { describe, expect, it } from 'vitest';
import type { ProbeResult } from './consumer-app.js';
import { binNames, checkBin, checkLoading, entryPoints } from './load-check.js';
import type { PackageManifest } from './workspace.js';

const webhooks: PackageManifest = {
  name: '@ummah/webhooks',
  version: '1.0.0',
  exports: {
    '.': {
      worker: { types: './dist/index.d.ts', default: './dist/index.js' },
      node: { types: './dist/node.d.ts', default: './dist/node.js' },
      default: { types: './dist/index.d.ts', default: './dist/index.js' },
    },
    './web': { types: './dist/index.d.ts', default: './dist/index.js' },
    './express': { types: './dist/express.d.ts', default: './dist/express.js' },
    './keys': { types: './dist/keys.d.ts', default: './dist/keys.js' },
    './package.json': './package.json',
  },
};

const verifierNames = [
  'SchemeWebhooks',
  'WebhookVerificationError',
  'safeVerifyWebhook',
  'signWebhook',
  'verifyRequest',
  'verifyWebhook',
];

function loaded(file: string, names: readonly string[]): ProbeResult {
  return { ok: true, file, names: [...names].sort(), defaultName: null };
}

function results(nodeFile: string, edgeFile: string, cjsNames: readonly string[] = verifierNames) {
  const express = loaded('/app/express.js', ['WebhookVerificationError', 'webhookMiddleware']);
  const keys = loaded('/app/keys.js', [
    'PublicKeyFetchError',
    'createPublicKeyCache',
    'gatewayPublicKey',
    'importPublicKey',
    'webhookPublicKey',
  ]);
  return {
    esm: {
      '@ummah/webhooks': loaded(nodeFile, verifierNames),
      '@ummah/webhooks/web': loaded(edgeFile, verifierNames),
      '@ummah/webhooks/express': express,
      '@ummah/webhooks/keys': keys,
    },
    cjs: {
      '@ummah/webhooks': loaded(nodeFile, cjsNames),
      '@ummah/webhooks/web': loaded(edgeFile, verifierNames),
      '@ummah/webhooks/express': express,
      '@ummah/webhooks/keys': keys,
    },
    edge: {
      '@ummah/webhooks': loaded(edgeFile, verifierNames),
      '@ummah/webhooks/web': loaded(edgeFile, verifierNames),
      '@ummah/webhooks/express': express,
      '@ummah/webhooks/keys': keys,
    },
  };
}

describe('entryPoints', () => {
  it('lists every JavaScript subpath with its specifier and whether it has a node build', () => {
    expect(entryPoints(webhooks)).toEqual([
      { subpath: '.', specifier: '@ummah/webhooks', hasNodeBuild: true },
      { subpath: './web', specifier: '@ummah/webhooks/web', hasNodeBuild: false },
      { subpath: './express', specifier: '@ummah/webhooks/express', hasNodeBuild: false },
      { subpath: './keys', specifier: '@ummah/webhooks/keys', hasNodeBuild: false },
    ]);
  });
});

describe('checkLoading', () => {
  it('accepts entry points that load everywhere with their documented names', () => {
    expect(checkLoading(webhooks, results('/app/node.js', '/app/index.js'))).toEqual([]);
  });

  it('reports an entry point that fails to load with require', () => {
    const broken = results('/app/node.js', '/app/index.js');
    const cjs = { ...broken.cjs, '@ummah/webhooks': { ok: false, error: 'ERR_REQUIRE_ESM' } };
    const found = checkLoading(webhooks, { ...broken, cjs });
    expect(found.map((finding) => finding.message)).toEqual([
      'require of @ummah/webhooks failed: ERR_REQUIRE_ESM',
    ]);
  });

  it('reports documented names missing from the CommonJS build', () => {
    const found = checkLoading(webhooks, results('/app/node.js', '/app/index.js', ['verifyWebhook']));
    expect(found.map((finding) => finding.code)).toEqual(['cjs-differs', 'missing-names']);
  });

  it('reports a worker resolution that lands on the Node build', () => {
    const found = checkLoading(webhooks, results('/app/node.js', '/app/node.js'));
    expect(found.map((finding) => finding.code)).toEqual(['edge-gets-node-build']);
  });
});

describe('binNames', () => {
  it('names the commands of a bin map, and of a bin string after the unscoped package name', () => {
    expect(
      binNames({ name: '@ummah/testing', version: '1.0.0', bin: { 'ummah-mock': './dist/cli.js' } }),
    ).toEqual(['ummah-mock']);
    expect(binNames({ name: '@ummah/tool', version: '1.0.0', bin: './dist/cli.js' })).toEqual(['tool']);
    expect(binNames({ name: '@ummah/core', version: '1.0.0' })).toEqual([]);
  });
});

describe('checkBin', () => {
  it('accepts a command that prints its help and exits 0', () => {
    expect(checkBin('ummah-mock', { exitCode: 0, stdout: 'Usage: ummah-mock', stderr: '' })).toEqual([]);
  });

  it('reports a command that cannot start, with the first lines of its error', () => {
    const [finding] = checkBin('ummah-mock', {
      exitCode: 1,
      stdout: '',
      stderr: 'SyntaxError: Cannot use import',
    });
    expect(finding?.message).toBe('`ummah-mock --help` exited with 1: SyntaxError: Cannot use import');
  });
});
