import { HttpClient, type Transport, type TransportRequest } from '@ummah/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { RequestValidationError } from '../errors.js';
import { type CallInput, OperationCaller } from './operation-caller.js';

/** A caller over an in-memory transport that records every request and answers `{}`. */
function recordingCaller(validateRequests = true) {
  const sent: TransportRequest[] = [];
  const transport: Transport = {
    async request(request) {
      sent.push(request);
      return {
        status: 200,
        headers: new Headers({ 'content-type': 'application/json' }),
        text: async () => '{}',
        cancel: async () => undefined,
      };
    },
  };
  const client = new HttpClient({ baseURL: 'https://gate.test/api/v1', apiKey: 'sk_test_caller', transport });
  const caller = new OperationCaller(client, {
    validateRequests,
    responseCheck: { mode: 'off', logger: undefined, reported: new Set() },
  });
  return { caller, sent };
}

const refusal = async (promise: Promise<unknown>): Promise<RequestValidationError> => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  return error as RequestValidationError;
};

describe('named path parameters', () => {
  it('fills each placeholder from the parameter of that name, percent-encoded', async () => {
    const { caller, sent } = recordingCaller();
    await caller.call('clients.recurringTokens.retrieve', { pathParams: { token_id: 'tok?1', id: 'cli 1' } });
    expect(sent[0]?.url).toBe('https://gate.test/api/v1/clients/cli%201/recurring_tokens/tok%3F1/');
  });

  it('refuses an unsafe id under the name of its parameter, and sends nothing', async () => {
    const { caller, sent } = recordingCaller();
    const error = await refusal(
      caller.call('billingTemplates.subscribers.retrieve', {
        pathParams: { id: 'bt_1', client_id: 'cli/../../webhooks' },
      }),
    );
    expect(error.issues).toEqual([{ path: 'client_id', message: 'an id may not contain "/" or "\\"' }]);
    expect(sent).toHaveLength(0);
  });

  it('reports every bad parameter at once, each by name', async () => {
    const { caller, sent } = recordingCaller();
    const error = await refusal(
      caller.call('clients.recurringTokens.delete', { pathParams: { id: '', token_id: '..' } }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['id', 'token_id']);
    expect(sent).toHaveLength(0);
  });

  it('refuses a missing parameter from untyped code by name, even when request validation is off', async () => {
    const { caller, sent } = recordingCaller(false);
    const error = await refusal(
      caller.call('clients.recurringTokens.retrieve', { pathParams: { id: 'cli_1' } } as never),
    );
    expect(error.issues).toEqual([{ path: 'token_id', message: 'Required: an id string, received nothing' }]);
    expect(sent).toHaveLength(0);
  });

  it('types pathParams from the generated operation, so a swapped, missing or positional id does not compile', () => {
    expectTypeOf<CallInput<'clients.recurringTokens.retrieve'>['pathParams']>().toEqualTypeOf<{
      id: string;
      token_id: string;
    }>();
    expectTypeOf<CallInput<'billingTemplates.subscribers.update'>['pathParams']>().toEqualTypeOf<{
      id: string;
      client_id: string;
    }>();
    const { caller } = recordingCaller();
    const clientId = 'cli_1';
    const tokenId = 'tok_1';
    const refusedAtCompileTime = () => {
      void caller.call('clients.recurringTokens.retrieve', {
        // @ts-expect-error the names of another operation's parameters (subscribers use client_id)
        pathParams: { client_id: clientId, id: tokenId },
      });
      // @ts-expect-error token_id is missing
      void caller.call('clients.recurringTokens.retrieve', { pathParams: { id: clientId } });
      // @ts-expect-error positional ids are gone
      void caller.call('clients.recurringTokens.retrieve', { pathParams: [clientId, tokenId] });
      // @ts-expect-error pathParams is required where the path has parameters
      void caller.call('purchases.retrieve', {});
      // @ts-expect-error ids are strings
      void caller.call('purchases.retrieve', { pathParams: { id: 42 } });
      // @ts-expect-error an operation without path parameters takes none
      void caller.call('purchases.create', { pathParams: { id: 'pur_1' }, body: {} as never });
    };
    expectTypeOf(refusedAtCompileTime).toBeFunction();
  });
});
