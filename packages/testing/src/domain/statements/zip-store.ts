/**
 * A minimal ZIP writer (stored entries, no compression): enough for an XLSX file, with no dependency
 * and no `Buffer`, so it runs on every runtime.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of bytes, as ZIP headers require. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One file of the archive. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

class ByteWriter {
  readonly #chunks: Uint8Array[] = [];
  length = 0;

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.bytes(
      new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]),
    );
  }

  bytes(data: Uint8Array): void {
    this.#chunks.push(data);
    this.length += data.length;
  }

  concat(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** Builds a ZIP archive of stored entries (fixed 1980-01-01 timestamps, so output is deterministic). */
export function zipStore(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  const body = new ByteWriter();
  const directory = new ByteWriter();
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.data);
    const offset = body.length;
    // Local file header: signature, version 2.0, flags (bit 11: UTF-8 names), method 0 (stored), time, date.
    body.u32(0x04034b50);
    body.u16(20);
    body.u16(0x0800);
    body.u16(0);
    body.u16(0);
    body.u16(0x21);
    body.u32(crc);
    body.u32(entry.data.length);
    body.u32(entry.data.length);
    body.u16(name.length);
    body.u16(0);
    body.bytes(name);
    body.bytes(entry.data);
    // Central directory record for the same entry.
    directory.u32(0x02014b50);
    directory.u16(20);
    directory.u16(20);
    directory.u16(0x0800);
    directory.u16(0);
    directory.u16(0);
    directory.u16(0x21);
    directory.u32(crc);
    directory.u32(entry.data.length);
    directory.u32(entry.data.length);
    directory.u16(name.length);
    directory.u16(0);
    directory.u16(0);
    directory.u16(0);
    directory.u16(0);
    directory.u32(0);
    directory.u32(offset);
    directory.bytes(name);
  }
  const archive = new ByteWriter();
  archive.bytes(body.concat());
  archive.bytes(directory.concat());
  // End of central directory.
  archive.u32(0x06054b50);
  archive.u16(0);
  archive.u16(0);
  archive.u16(entries.length);
  archive.u16(entries.length);
  archive.u32(directory.length);
  archive.u32(body.length);
  archive.u16(0);
  return archive.concat();
}
