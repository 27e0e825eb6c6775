import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../errors.js';
import { readHeader, requireHeader } from './headers.js';

describe('readHeader', () => {
  it('reads Web Headers case-insensitively', () => {
    expect(readHeader(new Headers({ 'X-Signature': 'abc' }), 'x-signature')).toBe('abc');
  });

  it('reads Node IncomingHttpHeaders, lowercased or in any casing', () => {
    expect(readHeader({ 'x-signature': 'a' }, 'x-signature')).toBe('a');
    expect(readHeader({ 'X-SIGNATURE': 'b' }, 'x-signature')).toBe('b');
  });

  it('takes a single-element array and refuses several values', () => {
    expect(readHeader({ 'x-signature': ['a'] }, 'x-signature')).toBe('a');
    expect(() => readHeader({ 'x-signature': ['a', 'b'] }, 'x-signature')).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_HEADER' }),
    );
  });

  it('trims surrounding whitespace and treats blank values as absent', () => {
    expect(readHeader({ 'x-signature': '  a ' }, 'x-signature')).toBe('a');
    expect(readHeader({ 'x-signature': '  ' }, 'x-signature')).toBeUndefined();
    expect(readHeader({ 'x-signature': [] }, 'x-signature')).toBeUndefined();
  });
});

describe('requireHeader', () => {
  it('fails with MISSING_HEADER naming the header', () => {
    try {
      requireHeader({}, 'webhook-id');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error).toMatchObject({ code: 'MISSING_HEADER', message: expect.stringContaining('webhook-id') });
    }
  });
});
