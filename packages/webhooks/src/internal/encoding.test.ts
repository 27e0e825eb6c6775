import { describe, expect, it } from 'vitest';
import { fromBase64, isBase64, timingSafeEqual, toBase64, toHex } from './encoding.js';

describe('isBase64', () => {
  it('accepts canonical padded base64 of every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(isBase64(Buffer.from(bytes).toString('base64'))).toBe(true);
    }
  });

  it.each([
    ['unpadded', 'QQ'],
    ['non-zero bits before ==', 'QR=='],
    ['non-zero bits before =', 'QUJ='],
    ['URL alphabet', 'ab-_'],
    ['whitespace', 'QUJD REVG'],
    ['padding in the middle', 'QQ==QUJD'],
    ['too much padding', 'Q==='],
  ])('refuses %s', (_name, value) => {
    expect(isBase64(value)).toBe(false);
  });
});

describe('encoders', () => {
  it('round-trip bytes through base64 and write lowercase hex, like Buffer', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
  });
});

describe('timingSafeEqual', () => {
  it('compares strings of equal and unequal length', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
  });
});
