import { describe, expect, it } from 'vitest';
import { operationClientConfig } from './client-options.js';

describe('operationClientConfig', () => {
  it('passes every merchant option of the engine through, and the provider’s log-level variable', () => {
    const config = operationClientConfig(
      {
        apiKey: 'k_1',
        appInfo: { name: 'MyShop', version: '2.1.0' },
        maxResponseBytes: 1024,
        timeout: 5_000,
        maxRetries: 1,
      },
      {
        provider: 'Plumaas',
        defaultBaseURL: 'https://plumaas.example/api/v1',
        logLevelEnvVar: 'PLUMAAS_LOG',
      },
    );
    expect(config).toMatchObject({
      baseURL: 'https://plumaas.example/api/v1',
      appInfo: { name: 'MyShop', version: '2.1.0' },
      maxResponseBytes: 1024,
      timeout: 5_000,
      maxRetries: 1,
      logLevelEnvVar: 'PLUMAAS_LOG',
    });
  });

  it('refuses a missing base URL for a provider that documents none', () => {
    expect(() => operationClientConfig({}, { provider: 'Plugipay', defaultBaseURL: undefined })).toThrow(
      /Plugipay documents no API host/,
    );
  });
});
