/**
 * The names each entry point must expose at run time, taken from the packages' READMEs and the
 * public API contract: what merchants write in their imports. Type-only exports are absent at run
 * time and are checked by attw and the typecheck instead.
 */
export interface DocumentedEntry {
  /** Names exported under every condition and in both ESM and CommonJS. */
  readonly names: readonly string[];
  /** Names only the Node build has (absent under worker/browser conditions). */
  readonly nodeOnly?: readonly string[];
  /**
   * The name of the class that is the default export (ESM `import X from`) and the CommonJS module
   * itself (`const X = require(…)`).
   */
  readonly defaultClass?: string;
}

/** Documented names per package, per subpath (as written in `exports`). */
export const DOCUMENTED_EXPORTS: Readonly<Record<string, Readonly<Record<string, DocumentedEntry>>>> = {
  '@ummah/core': {
    '.': {
      names: [
        'HttpClient',
        'APIError',
        'APIConnectionError',
        'APIConnectionTimeoutError',
        'APIUserAbortError',
        'UmmahError',
        'createFetchTransport',
        'ListPage',
        'OperationCaller',
        'OffsetPage',
        'path',
        'VERSION',
      ],
      nodeOnly: ['createUndiciTransport'],
    },
  },
  '@ummah/payments': {
    '.': {
      names: ['Ummah', 'APIError', 'AuthenticationError', 'RateLimitError', 'isAPIError', 'VERSION'],
      defaultClass: 'Ummah',
    },
    './node': { names: ['writeStatementToFile'] },
  },
  '@ummah/plumaas': {
    '.': {
      names: ['Plumaas', 'APIError', 'AuthenticationError', 'isAPIError', 'VERSION'],
      defaultClass: 'Plumaas',
    },
  },
  '@ummah/plexos': {
    '.': {
      names: ['Plexos', 'APIError', 'AuthenticationError', 'isAPIError', 'VERSION'],
      defaultClass: 'Plexos',
    },
  },
  '@ummah/plugipay': {
    '.': {
      names: ['Plugipay', 'APIError', 'AuthenticationError', 'isAPIError', 'VERSION'],
      defaultClass: 'Plugipay',
    },
  },
  '@ummah/pebblepay': {
    '.': {
      names: ['PebblePay', 'APIError', 'AuthenticationError', 'isAPIError', 'VERSION'],
      defaultClass: 'PebblePay',
    },
  },
  '@ummah/webhooks': {
    '.': {
      names: [
        'verifyWebhook',
        'safeVerifyWebhook',
        'verifyRequest',
        'signWebhook',
        'WebhookVerificationError',
      ],
    },
    './web': {
      names: [
        'verifyWebhook',
        'safeVerifyWebhook',
        'verifyRequest',
        'signWebhook',
        'WebhookVerificationError',
      ],
    },
    './express': { names: ['webhookMiddleware', 'WebhookVerificationError'] },
  },
  '@ummah/testing': {
    '.': { names: ['createMockGateway', 'generateRsaKeyPair', 'EVENT_TYPES'] },
    './server': { names: ['startMockServer'] },
  },
};
