import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from './errors/request-errors.js';
import { encodePathParam, path } from './path.js';

describe('path', () => {
  it('interpolates ids between the literal parts', () => {
    expect(path`/purchases/${'p_1'}/capture/`).toBe('/purchases/p_1/capture/');
    expect(path`/clients/${'c 1'}/recurring_tokens/${42}/`).toBe('/clients/c%201/recurring_tokens/42/');
  });

  it('percent-encodes characters that would change the URL structure', () => {
    expect(path`/x/${'a?b#c&d=e%f'}/`).toBe('/x/a%3Fb%23c%26d%3De%25f/');
  });

  it.each(['', ' ', '.', '..', 'a/b', '../webhooks', 'a\\b'])('refuses the id %j', (id) => {
    expect(() => path`/purchases/${id}/`).toThrow(InvalidRequestError);
  });

  it('refuses non-string, non-finite ids passed from untyped code', () => {
    expect(() => path`/x/${Number.NaN}/`).toThrow(InvalidRequestError);
    expect(() => path`/x/${undefined as unknown as string}/`).toThrow(/expected a string/);
  });

  it('always yields exactly one path segment per id, which decodes back to the id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        fc.pre(id.trim() !== '' && id !== '.' && id !== '..' && !id.includes('/') && !id.includes('\\'));
        const built = path`/a/${id}/b/`;
        const segments = built.split('/');
        expect(segments).toHaveLength(5);
        expect(decodeURIComponent(segments[2] ?? '')).toBe(id);
      }),
    );
  });
});

describe('path with malformed Unicode', () => {
  it('refuses an id with a lone surrogate with InvalidRequestError instead of a URIError', () => {
    expect(() => path`/x/${'\uD800'}/`).toThrow(InvalidRequestError);
  });
});

describe('encodePathParam', () => {
  it('encodes one segment the way the tag does', () => {
    expect(encodePathParam('a?b#c', 'id')).toBe('a%3Fb%23c');
    expect(encodePathParam(42, 'id')).toBe('42');
  });

  it.each(['', '..', 'cli/../../webhooks'])(
    'refuses %j naming the parameter in the message and the issue',
    (id) => {
      const error = (() => {
        try {
          return encodePathParam(id, 'client_id');
        } catch (e) {
          return e;
        }
      })() as InvalidRequestError;
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error.message).toMatch(/^Invalid path parameter client_id: /);
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.path).toBe('client_id');
    },
  );

  it('names a refused id of the tag by its position', () => {
    expect(() => path`/a/${'ok'}/b/${'..'}/`).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'pathParams.1' })] }),
    );
  });
});
