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

/**
 * A provider client package: its class (the default export too), its resources, the errors every
 * client re-exports from core, and `VERSION`.
 */
function providerClient(
  className: string,
  resources: readonly string[],
): Readonly<Record<string, DocumentedEntry>> {
  const errors = [
    'APIError',
    'AuthenticationError',
    'ConfigurationError',
    'InvalidRequestError',
    'isAPIError',
  ];
  return { '.': { names: [className, ...resources, ...errors, 'VERSION'], defaultClass: className } };
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
        'OperationResource',
        'operationClientClass',
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
  '@ummah/plumaas': providerClient('Plumaas', [
    'ChargesResource',
    'WebhookEndpointsResource',
    'PlumaasWebhooks',
  ]),
  '@ummah/plexos': providerClient('Plexos', ['WebhooksResource']),
  '@ummah/plugipay': providerClient('Plugipay', [
    'CustomersResource',
    'CheckoutSessionsResource',
    'RefundsResource',
    'PlugipayWebhooks',
  ]),
  '@ummah/pebblepay': providerClient('PebblePay', ['OrdersResource', 'CouponsResource', 'PebblePayWebhooks']),
  '@ummah/webhooks': {
    '.': {
      names: [
        'verifyWebhook',
        'safeVerifyWebhook',
        'verifyRequest',
        'signWebhook',
        'SchemeWebhooks',
        'WebhookVerificationError',
      ],
    },
    './web': {
      names: [
        'verifyWebhook',
        'safeVerifyWebhook',
        'verifyRequest',
        'signWebhook',
        'SchemeWebhooks',
        'WebhookVerificationError',
      ],
    },
    './express': { names: ['webhookMiddleware', 'WebhookVerificationError'] },
    './keys': {
      names: [
        'createPublicKeyCache',
        'gatewayPublicKey',
        'webhookPublicKey',
        'importPublicKey',
        'PublicKeyFetchError',
      ],
    },
  },
  '@ummah/testing': {
    '.': {
      names: [
        'createMockGateway',
        'createMockPlumaas',
        'createMockPlexos',
        'createMockPlugipay',
        'createMockPebblePay',
        'generateRsaKeyPair',
        'EVENT_TYPES',
      ],
    },
    './server': { names: ['startMockServer', 'startProviderMockServer'] },
  },
};
