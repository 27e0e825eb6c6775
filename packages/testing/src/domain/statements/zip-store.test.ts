import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zip-store';

const encoder = new TextEncoder();

function u32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset, true);
}

describe('zipStore', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes local headers, stored data and an end record that points at the central directory', () => {
    const archive = zipStore([
      { name: 'a.txt', data: encoder.encode('hello') },
      { name: 'dir/b.xml', data: encoder.encode('<x/>') },
    ]);
    expect(u32(archive, 0)).toBe(0x04034b50);
    const end = archive.length - 22;
    expect(u32(archive, end)).toBe(0x06054b50);
    const view = new DataView(archive.buffer);
    expect(view.getUint16(end + 10, true)).toBe(2);
    const directoryOffset = u32(archive, end + 16);
    expect(u32(archive, directoryOffset)).toBe(0x02014b50);
    expect(new TextDecoder().decode(archive.subarray(30 + 5, 30 + 10))).toBe('hello');
    expect(u32(archive, 14)).toBe(crc32(encoder.encode('hello')));
  });
});
